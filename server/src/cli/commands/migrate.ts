import { CliError, type Command, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

export const command: Command = {
  summary: "apply database migrations (embedded PGlite under VANTA_HOME, or DATABASE_URL)",
  async run(args) {
    parseCliArgs(args, {});
    const config = configFromEnv();
    const handle = await openDatabase(config).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    await handle.close();
    printJson({ migrated: true, driver: handle.driver });
    return 0;
  },
};
