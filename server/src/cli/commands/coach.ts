import { findUserByEmail } from "@vanta/db/queries/users";
import { z } from "zod";
import { createLogger } from "../../log.ts";
import { modelPortFor } from "../../ports/model/select.ts";
import { runCoach } from "../../services/coach/run.ts";
import { CliError, type Command, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const USAGE = `usage: vanta coach run --email <address> [--date YYYY-MM-DD]
  runs the coach for the user's local day (or --date) and prints {"created": [...], "existing": n}`;

const Email = z.email().max(320);
const Day = z.iso.date();

export const command: Command = {
  summary: "coach run --email <address> [--date YYYY-MM-DD]: create today's coach tasks and print them",
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { email: { type: "string" }, date: { type: "string" } }, true);
    if (positionals[0] !== "run" || positionals.length !== 1) throw new CliError(USAGE);
    const email = Email.safeParse(values.email ?? "");
    if (!email.success)
      throw new CliError(`--email: expected an email address, got ${JSON.stringify(values.email ?? "")}\n${USAGE}`);
    const date = values.date === undefined ? undefined : Day.safeParse(values.date);
    if (date && !date.success)
      throw new CliError(`--date: expected a day as YYYY-MM-DD, got ${JSON.stringify(values.date)}\n${USAGE}`);
    const config = configFromEnv();
    const handle = await openDatabase(config).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    const models = modelPortFor(config);
    try {
      const user = await findUserByEmail(handle.db, email.data);
      if (!user) throw new CliError(`no user ${email.data} (create one with: vanta user create --email …)`, 1);
      const log = createLogger({ service: "vanta-cli" });
      const summary = await runCoach({ db: handle.db, models, log }, user.id, { date: date?.data });
      printJson({ created: summary.created, existing: summary.existing, localDay: summary.localDay });
      return 0;
    } finally {
      await handle.close();
    }
  },
};
