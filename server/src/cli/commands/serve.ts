import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deleteExpiredVerificationTokens } from "@vanta/db/queries/auth";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { DataLockedError } from "../../data-lock.ts";
import { onShutdownSignal, startNodeServer } from "../../node.ts";
import { createRuntime } from "../../runtime.ts";
import { createPairingCode } from "../../services/auth/pairing.ts";
import { newOpaqueToken } from "../../services/auth/tokens.ts";
import { CliError, type Command, info, parseCliArgs, printJson } from "../io.ts";
import { removeServerFile, writeServerFile } from "../server-file.ts";
import { configFromEnv } from "../setup.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

export const command: Command = {
  summary: "serve [--pairing]: start the server (migrates first); --pairing prints a code for the extension",
  async run(args) {
    const { values } = parseCliArgs(args, { pairing: { type: "boolean", default: false } });
    const config = configFromEnv();
    const adminToken = newOpaqueToken();

    const runtime = await createRuntime(config, { adminToken }).catch((err: unknown) => {
      if (err instanceof DataLockedError) {
        throw new CliError(`another Vanta server already uses ${config.vantaHome} (pid ${err.pid}); stop it first`, 1);
      }
      throw err;
    });
    const server = await startNodeServer(runtime.app.fetch, { port: config.port, host: config.host }).catch(
      async (err: NodeJS.ErrnoException) => {
        await runtime.close();
        if (err.code === "EADDRINUSE")
          throw new CliError(`port ${config.port} is already in use; set PORT to another one`, 1);
        throw err;
      },
    );
    writeServerFile(runtime.vantaHome, { pid: process.pid, url: server.url, adminToken });
    onShutdownSignal(runtime.log, async () => {
      await server.close();
      await runtime.close();
      removeServerFile(runtime.vantaHome);
    });
    runtime.log.info("listening", { url: server.url, db: runtime.dbDriver, adapters: runtime.adapters });
    // Housekeeping: one-time secrets that expired over a day ago are useless; drop them at each start.
    await deleteExpiredVerificationTokens(runtime.db, new Date(Date.now() - 24 * 3600_000));

    if (!values.pairing) {
      printJson({ url: server.url });
      return 0;
    }
    const { user } = await ensureUserByEmail(runtime.db, config.localEmail);
    const pairing = await createPairingCode({ db: runtime.db, publicUrl: config.publicUrl, now: new Date() }, user.id);
    info(
      banner({
        url: server.url,
        email: user.email,
        code: pairing.code,
        link: pairing.url,
        expiresAt: pairing.expiresAt,
      }),
    );
    printJson({ url: server.url, pairingCode: pairing.code, pairingUrl: pairing.url, expiresAt: pairing.expiresAt });
    return 0;
  },
};

function banner(p: { url: string; email: string; code: string; link: string; expiresAt: Date }) {
  const chrome = join(repoRoot, ".output", "chrome-mv3");
  const firefox = join(repoRoot, ".output", "firefox-mv2");
  const built = existsSync(chrome) ? "" : "   (not built yet: run `pnpm build:ext`)\n";
  const line = "─".repeat(68);
  return [
    "",
    line,
    `  Vanta is running at ${p.url}   (health: ${p.url}/health)`,
    "",
    "  Load the extension:",
    `   Chrome:  chrome://extensions → Developer mode → Load unpacked → ${chrome}`,
    `   Firefox: about:debugging → This Firefox → Load Temporary Add-on → ${firefox}/manifest.json`,
    built,
    `  Pair it with this server (as ${p.email}):`,
    `   server  ${p.link.slice(0, p.link.indexOf("/pair?"))}`,
    `   code    ${p.code}        (one use, expires ${p.expiresAt.toISOString()})`,
    `   link    ${p.link}`,
    "",
    "  New code later: pnpm --silent vanta pair      Stop: Ctrl-C",
    line,
  ].join("\n");
}
