import { join, resolve } from "node:path";
import { z } from "zod";
import { createLogger } from "../../log.ts";
import { diskFileStore } from "../../ports/files/disk.ts";
import { modelPortFor } from "../../ports/model/select.ts";
import { seedDemo } from "../../services/demo/seed.ts";
import { openDigestSender } from "../digest-deps.ts";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { readServerFile } from "../server-file.ts";
import { configFromEnv, DataLockedError, lockedMessage, openDatabase } from "../setup.ts";

const Seeded = z.object({ email: z.string(), pairingCode: z.string(), pairingUrl: z.string() });

export const command: Command = {
  summary:
    "demo: create (or refresh) a demo user with a resume, ~200 postings, applications, tasks; print its pairing code",
  async run(args) {
    const { positionals } = parseCliArgs(args, {}, true);
    if (positionals.length !== 0) throw new CliError("usage: vanta demo");
    const config = configFromEnv();
    const vantaHome = resolve(config.vantaHome);
    let handle: Awaited<ReturnType<typeof openDatabase>>;
    try {
      handle = await openDatabase(config);
    } catch (err) {
      if (!(err instanceof DataLockedError)) throw err;
      // `npm start` holds the embedded database: ask the running server to seed it.
      const seeded = await viaRunningServer(vantaHome);
      if (!seeded) throw new CliError(lockedMessage(err), 1);
      report(seeded);
      return 0;
    }
    const log = createLogger({ service: "vanta-cli" });
    let sender: Awaited<ReturnType<typeof openDigestSender>> | null = null;
    try {
      sender = await openDigestSender(config, handle.db, log);
      const summary = await seedDemo({
        db: handle.db,
        files: diskFileStore(join(vantaHome, "files")),
        models: modelPortFor(config),
        log,
        publicUrl: config.publicUrl,
        digest: sender.send,
      });
      report(summary);
      return 0;
    } finally {
      sender?.stop();
      await handle.close();
    }
  },
};

function report(s: z.infer<typeof Seeded> & Partial<{ postings: number; applications: number; tasks: number }>) {
  if (s.postings !== undefined)
    info(`demo user ${s.email}: ${s.postings} postings, ${s.applications} applications, ${s.tasks} tasks`);
  info(`pair the extension with code ${s.pairingCode} (or open ${s.pairingUrl})`);
  printJson({ email: s.email, pairingCode: s.pairingCode, pairingUrl: s.pairingUrl });
}

async function viaRunningServer(vantaHome: string): Promise<z.infer<typeof Seeded> | null> {
  const file = readServerFile(vantaHome);
  if (!file) return null;
  const res = await fetch(`${file.url}/local/demo`, {
    method: "POST",
    headers: { authorization: `Bearer ${file.adminToken}` },
  }).catch(() => null);
  if (!res?.ok) return null;
  const parsed = Seeded.safeParse(await res.json().catch(() => null));
  return parsed.success ? parsed.data : null;
}
