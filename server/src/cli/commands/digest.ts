import { findUserByEmail } from "@vanta/db/queries/users";
import { z } from "zod";
import { createLogger } from "../../log.ts";
import { openDigestSender } from "../digest-deps.ts";
import { CliError, type Command, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const USAGE = `usage: vanta digest send --email <address>
  sends the user's digest now (once per local day; outbox or Resend, as configured) and prints its JSON summary`;

const Email = z.email().max(320);

export const command: Command = {
  summary: "digest send --email <address>: send the user's daily digest now and print the summary",
  async run(args) {
    const { values, positionals } = parseCliArgs(args, { email: { type: "string" } }, true);
    if (positionals[0] !== "send" || positionals.length !== 1) throw new CliError(USAGE);
    const email = Email.safeParse(values.email ?? "");
    if (!email.success)
      throw new CliError(`--email: expected an email address, got ${JSON.stringify(values.email ?? "")}\n${USAGE}`);
    const config = configFromEnv();
    const handle = await openDatabase(config).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    let sender: Awaited<ReturnType<typeof openDigestSender>> | undefined;
    try {
      sender = await openDigestSender(config, handle.db, createLogger({ service: "vanta-cli" }));
      const user = await findUserByEmail(handle.db, email.data);
      if (!user) throw new CliError(`no user ${email.data} (create one with: vanta user create --email …)`, 1);
      const summary = await sender.send(user.id);
      const { sent, postings, messageId, reason } = summary;
      printJson({ sent, postings, messageId, ...(reason ? { reason } : {}), localDay: summary.localDay });
      return reason === "email_failed" ? 1 : 0;
    } finally {
      sender?.stop();
      await handle.close();
    }
  },
};
