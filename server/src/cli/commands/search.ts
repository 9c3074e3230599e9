import { findUserByEmail } from "@vanta/db/queries/users";
import { z } from "zod";
import { type ProviderName, providerNames } from "../../ingest/provider.ts";
import { createLogger } from "../../log.ts";
import { modelPortFor } from "../../ports/model/select.ts";
import { runCoach } from "../../services/coach/run.ts";
import { runDailySearch } from "../../services/daily-search/run.ts";
import type { BaseUrls } from "../../services/daily-search/sources.ts";
import { openDigestSender } from "../digest-deps.ts";
import { CliError, type Command, parseCliArgs, printJson } from "../io.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const USAGE = `usage: vanta search run --email <address> [--date YYYY-MM-DD] [--no-digest] [--base-url <provider>=<url> ...]
  runs the user's daily search now for today's local day (or --date, once per user per date), the coach, then
  sends the day's digest as the scheduled run does (unless --no-digest), and prints the JSON summary`;

const Email = z.email().max(320);
const Day = z.iso.date();

/** "greenhouse=http://127.0.0.1:9999/v1/boards" → { greenhouse: … } (tests and mirrors). */
function parseBaseUrls(values: string[]): BaseUrls {
  const out: BaseUrls = {};
  for (const v of values) {
    const m = /^([a-z]+)=(https?:\/\/\S+)$/.exec(v);
    if (!m || !providerNames.includes(m[1] as ProviderName))
      throw new CliError(`--base-url: expected <${providerNames.join("|")}>=<http(s) URL>, got ${JSON.stringify(v)}`);
    out[m[1] as ProviderName] = m[2];
  }
  return out;
}

export const command: Command = {
  summary:
    "search run --email <address> [--no-digest]: run the user's daily search (+ digest) now and print the summary",
  async run(args) {
    const { values, positionals } = parseCliArgs(
      args,
      {
        email: { type: "string" },
        date: { type: "string" },
        "no-digest": { type: "boolean" },
        "base-url": { type: "string", multiple: true },
      },
      true,
    );
    if (positionals[0] !== "run" || positionals.length !== 1) throw new CliError(USAGE);
    const email = Email.safeParse(values.email ?? "");
    if (!email.success)
      throw new CliError(`--email: expected an email address, got ${JSON.stringify(values.email ?? "")}\n${USAGE}`);
    const date = values.date === undefined ? undefined : Day.safeParse(values.date);
    if (date && !date.success)
      throw new CliError(`--date: expected a day as YYYY-MM-DD, got ${JSON.stringify(values.date)}\n${USAGE}`);
    const baseUrls = parseBaseUrls(values["base-url"] ?? []);
    const config = configFromEnv();
    const handle = await openDatabase(config).catch((err: unknown) => {
      throw err instanceof DataLockedError ? new CliError(lockedMessage(err), 1) : err;
    });
    const log = createLogger({ service: "vanta-cli" });
    let sender: Awaited<ReturnType<typeof openDigestSender>> | null = null;
    try {
      if (!values["no-digest"]) sender = await openDigestSender(config, handle.db, log);
      const user = await findUserByEmail(handle.db, email.data);
      if (!user) throw new CliError(`no user ${email.data} (create one with: vanta user create --email …)`, 1);
      const models = modelPortFor(config);
      const coach = (userId: string, day: string) => runCoach({ db: handle.db, models, log }, userId, { date: day });
      const summary = await runDailySearch(
        { db: handle.db, log, env: process.env, baseUrls, coach, ...(sender ? { digest: sender.send } : {}) },
        { userId: user.id, localDay: date?.data },
      );
      printJson(summary);
      return summary.status === "unreachable" ? 1 : 0;
    } finally {
      sender?.stop();
      await handle.close();
    }
  },
};
