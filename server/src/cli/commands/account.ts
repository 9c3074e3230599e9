import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { findUserByEmail } from "@vanta/db/queries/users";
import { z } from "zod";
import { diskFileStore } from "../../ports/files/disk.ts";
import { createPorts } from "../../ports/index.ts";
import { deleteAccount } from "../../services/account/delete.ts";
import { exportAccount } from "../../services/account/export.ts";
import { resolveKeyring } from "../../services/crypto/master-key.ts";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const USAGE = `usage: vanta account export --email <address> --out <FILE.zip>
       vanta account delete --email <address> [--yes]
  export: every row and file of the user's as one zip (account.json + files/)
  delete: deletes the user, their rows, files, schedule and sessions (asks to type the email unless --yes)`;

const Email = z.email().max(320);

export const command: Command = {
  summary: "account export|delete --email <address>: take out or delete all of a user's data",
  async run(args) {
    const { values, positionals } = parseCliArgs(
      args,
      { email: { type: "string" }, out: { type: "string" }, yes: { type: "boolean" } },
      true,
    );
    const verb = positionals[0];
    if ((verb !== "export" && verb !== "delete") || positionals.length !== 1) throw new CliError(USAGE);
    const email = Email.safeParse(values.email ?? "");
    if (!email.success)
      throw new CliError(`--email: expected an email address, got ${JSON.stringify(values.email ?? "")}\n${USAGE}`);
    if (verb === "export" && !values.out?.endsWith(".zip"))
      throw new CliError(`--out: expected a path ending in .zip, got ${JSON.stringify(values.out ?? "")}\n${USAGE}`);
    const config = configFromEnv();
    const vantaHome = resolve(config.vantaHome);
    const handle = await openDatabase(config).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    const files = diskFileStore(join(vantaHome, "files"));
    try {
      const user = await findUserByEmail(handle.db, email.data);
      if (!user) throw new CliError(`no user ${email.data}`, 1);
      if (verb === "export") {
        const keys = await resolveKeyring(config, vantaHome);
        const out = await exportAccount({ db: handle.db, files, keys, now: new Date() }, user.id);
        writeFileSync(values.out as string, out.bytes, { mode: 0o600 });
        info(`wrote ${values.out}: ${Object.values(out.tables).reduce((s, n) => s + n, 0)} rows, ${out.files} files`);
        printJson({ out: values.out, tables: out.tables, files: out.files, bytes: out.bytes.byteLength });
        return 0;
      }
      if (!values.yes) {
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        const typed = await rl.question(
          `This deletes ${user.email} and all their data for good. Type the email to confirm: `,
        );
        rl.close();
        if (typed.trim().toLowerCase() !== user.email.toLowerCase())
          throw new CliError("not confirmed: nothing deleted", 1);
      }
      const ports = createPorts(
        { ...config, vantaHome },
        {
          deliver: async () => {
            throw new Error("no scheduler deliveries from the CLI");
          },
        },
      );
      try {
        const out = await deleteAccount({ db: handle.db, files, scheduler: ports.scheduler }, user.id);
        printJson({ email: user.email, deleted: out.deleted, files: out.files });
      } finally {
        ports.stop();
      }
      return 0;
    } finally {
      await handle.close();
    }
  },
};
