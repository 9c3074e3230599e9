import { ensureUserByEmail } from "@vanta/db/queries/users";
import { z } from "zod";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const Email = z.email().max(320);

export const command: Command = {
  summary: "user create --email <address>: create a user (or show the existing one)",
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { email: { type: "string" } }, true);
    if (positionals[0] !== "create" || positionals.length !== 1) {
      throw new CliError("usage: vanta user create --email <address>");
    }
    const email = Email.safeParse(values.email ?? "");
    if (!email.success)
      throw new CliError(`--email: expected an email address, got ${JSON.stringify(values.email ?? "")}`);
    const config = configFromEnv();
    const handle = await openDatabase(config).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    try {
      const { user, created } = await ensureUserByEmail(handle.db, email.data);
      info(created ? `created user ${user.email}` : `user ${user.email} already exists`);
      printJson({ id: user.id, email: user.email });
    } finally {
      await handle.close();
    }
    return 0;
  },
};
