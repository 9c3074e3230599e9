import { findUserByEmail } from "@vanta/db/queries/users";
import { z } from "zod";
import { analyticsFor } from "../../services/analytics/summary.ts";
import { CliError, type Command, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const USAGE = `usage: vanta analytics --email <address>
  prints the user's outcome analytics as JSON (funnel with conversions, response rates by source, fit band and
  resume version, time in each stage, activity per week)`;

const Email = z.email().max(320);

export const command: Command = {
  summary: "analytics --email <address>: the user's funnel, response rates and activity as JSON",
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { email: { type: "string" } }, true);
    if (positionals.length !== 0) throw new CliError(USAGE);
    const email = Email.safeParse(values.email ?? "");
    if (!email.success)
      throw new CliError(`--email: expected an email address, got ${JSON.stringify(values.email ?? "")}\n${USAGE}`);
    const handle = await openDatabase(configFromEnv()).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    try {
      const user = await findUserByEmail(handle.db, email.data);
      if (!user) throw new CliError(`no user ${email.data} (create one with: vanta user create --email …)`, 1);
      printJson(await analyticsFor(handle.db, user.id, new Date()));
      return 0;
    } finally {
      await handle.close();
    }
  },
};
