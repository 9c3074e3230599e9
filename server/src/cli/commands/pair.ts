import { resolve } from "node:path";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { z } from "zod";
import { createPairingCode } from "../../services/auth/pairing.ts";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { readServerFile } from "../server-file.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const Email = z.email().max(320);
const Issued = z.object({ code: z.string(), url: z.string(), expiresAt: z.string() });

export const command: Command = {
  summary: "pair [--email <address>]: print a one-time code that connects the extension (default: the local user)",
  async run(args) {
    const { values } = parseCliArgs(args, { email: { type: "string" } });
    const config = configFromEnv();
    const email = Email.safeParse(values.email ?? config.localEmail);
    if (!email.success) throw new CliError(`--email: expected an email address, got ${JSON.stringify(values.email)}`);

    let handle: Awaited<ReturnType<typeof openDatabase>>;
    try {
      handle = await openDatabase(config);
    } catch (err) {
      if (!(err instanceof DataLockedError)) throw err;
      // The running server owns the embedded database: ask it for the code instead.
      const issued = await viaRunningServer(resolve(config.vantaHome), email.data);
      if (!issued) throw new CliError(lockedMessage(err), 1);
      printIssued(issued);
      return 0;
    }
    try {
      const { user } = await ensureUserByEmail(handle.db, email.data);
      const issued = await createPairingCode({ db: handle.db, publicUrl: config.publicUrl, now: new Date() }, user.id);
      printIssued({ code: issued.code, url: issued.url, expiresAt: issued.expiresAt.toISOString() });
    } finally {
      await handle.close();
    }
    return 0;
  },
};

function printIssued(issued: z.infer<typeof Issued>) {
  info(`pairing code ${issued.code} (one use, expires ${issued.expiresAt}); open ${issued.url}`);
  printJson(issued);
}

async function viaRunningServer(vantaHome: string, email: string): Promise<z.infer<typeof Issued> | null> {
  const file = readServerFile(vantaHome);
  if (!file) return null;
  const res = await fetch(`${file.url}/local/pairing-codes`, {
    method: "POST",
    headers: { authorization: `Bearer ${file.adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({ email }),
  }).catch(() => null);
  if (!res?.ok) return null;
  // Another program on that port may answer non-JSON: report the locked database instead of crashing.
  const parsed = Issued.safeParse(await res.json().catch(() => null));
  return parsed.success ? { code: parsed.data.code, url: parsed.data.url, expiresAt: parsed.data.expiresAt } : null;
}
