import { resolve } from "node:path";
import { resolveKeyring, rotateKeyFile } from "../../services/crypto/master-key.ts";
import { rotateDataKeys } from "../../services/crypto/user-key.ts";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const USAGE = `usage: vanta keys rotate
  re-wraps every user's data key under a new master key. Locally: a new $VANTA_HOME/master.key is made and the
  old one kept in master.key.previous. In the cloud: set VANTA_MASTER_KEY to the new key and
  VANTA_MASTER_KEY_PREVIOUS to the old one, run this, then drop VANTA_MASTER_KEY_PREVIOUS.`;

export const command: Command = {
  summary: "keys rotate: re-wrap every data key under a new master key (encryption at rest)",
  async run(args) {
    const { positionals } = parseCliArgs(args, {}, true);
    if (positionals[0] !== "rotate" || positionals.length !== 1) throw new CliError(USAGE);
    const config = configFromEnv();
    const vantaHome = resolve(config.vantaHome);
    const handle = await openDatabase(config).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    try {
      if (!config.masterKey) {
        await resolveKeyring(config, vantaHome); // makes sure a key file exists to rotate away from
        await rotateKeyFile(vantaHome);
      } else if (config.masterKey.previous.length === 0) {
        throw new CliError(
          "set VANTA_MASTER_KEY_PREVIOUS to the key being rotated away (and VANTA_MASTER_KEY to the new one)",
        );
      }
      const ring = await resolveKeyring(config, vantaHome);
      const out = await rotateDataKeys(handle.db, ring);
      info(
        `data keys now wrapped under master key ${ring.current.id}: ${out.rewrapped} re-wrapped, ${out.already} already were`,
      );
      printJson({ masterKeyId: ring.current.id, ...out });
      if (out.unopenable > 0) info(`${out.unopenable} data keys are wrapped by a master key that is not configured`);
      return out.unopenable > 0 ? 1 : 0;
    } finally {
      await handle.close();
    }
  },
};
