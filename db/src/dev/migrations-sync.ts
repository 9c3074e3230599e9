import { spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const dbDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const drizzleKitBin = join(dbDir, "node_modules", "drizzle-kit", "bin.cjs");

export interface PendingMigration {
  /** SQL files drizzle-kit would add; empty when the committed migrations match the schema */
  files: string[];
  sql: string;
  /** drizzle-kit's own output, for error messages */
  log: string;
}

/**
 * Runs `drizzle-kit generate` against a temporary copy of db/migrations, so the repo is never touched,
 * and reports what it would add. `schema` swaps the schema entry (tests use it to prove drift is caught).
 */
export async function pendingMigration(opts: { schema?: string; timeoutMs?: number } = {}): Promise<PendingMigration> {
  const work = await mkdtemp(join(tmpdir(), "vanta-migrations-"));
  try {
    const out = join(work, "migrations");
    await cp(join(dbDir, "migrations"), out, { recursive: true });
    const before = new Set(await readdir(out));
    // drizzle-kit prefixes `out` with "./", so it must be relative to its cwd (db/), never absolute.
    const override = { out: relative(dbDir, out), ...(opts.schema ? { schema: opts.schema } : {}) };
    const config = join(work, "drizzle.config.ts");
    await writeFile(
      config,
      `import base from ${JSON.stringify(join(dbDir, "drizzle.config.ts"))};\n` +
        `export default { ...base, ...${JSON.stringify(override)} };\n`,
    );
    const log = await runDrizzleKit(["generate", "--config", config], opts.timeoutMs ?? 60_000);
    const files = (await readdir(out)).filter((f) => !before.has(f) && f.endsWith(".sql")).sort();
    const sql = (await Promise.all(files.map((f) => readFile(join(out, f), "utf8")))).join("\n");
    return { files, sql, log };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Same Node as the caller (Node 22), no TTY: an interactive rename prompt fails fast instead of hanging. */
function runDrizzleKit(args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [drizzleKitBin, ...args], {
      cwd: dbDir,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let log = "";
    child.stdout.on("data", (chunk) => {
      log += chunk;
    });
    child.stderr.on("data", (chunk) => {
      log += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`drizzle-kit ${args[0]} timed out after ${timeoutMs} ms (waiting for a prompt?):\n${log}`));
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(log);
      else reject(new Error(`drizzle-kit ${args[0]} exited with ${code}:\n${log}`));
    });
  });
}
