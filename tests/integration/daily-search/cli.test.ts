import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createDb, migrate } from "@vanta/db";
import { insertSearch } from "@vanta/db/queries/searches";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReplayServer } from "../../support/replay-server.ts";
import { dailySearchDeps, SEARCH, startProviders } from "./support.ts";

// The real `vanta search run` in a child process over an embedded database in a temp VANTA_HOME,
// every provider pointed at the local replay server with --base-url.

const root = resolve(import.meta.dirname, "..", "..", "..");
const home = mkdtempSync(join(tmpdir(), "vanta-search-run-"));
const email = "searcher@test.vanta.localhost";

function vanta(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "server", "src", "cli", "main.ts"), ...args],
      { cwd: root, env: { ...process.env, VANTA_HOME: home, DATABASE_URL: "", VANTA_LOG: "silent" }, timeout: 90_000 },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let providers: ReplayServer;
let baseUrlArgs: string[];

beforeAll(async () => {
  providers = await startProviders();
  baseUrlArgs = Object.entries(dailySearchDeps(providers.url).baseUrls ?? {}).flatMap(([p, url]) => [
    "--base-url",
    `${p}=${url}`,
  ]);
  const handle = await createDb({ driver: "pglite", dataDir: join(home, "pgdata") });
  try {
    await migrate(handle);
    const { user } = await ensureUserByEmail(handle.db, email);
    await insertSearch(handle.db, {
      userId: user.id,
      name: SEARCH.name,
      filters: { keywords: SEARCH.keywords, boards: SEARCH.boards },
      cron: "0 8 * * *",
      timezone: "UTC",
      enabled: true,
    });
  } finally {
    await handle.close();
  }
});

afterAll(async () => {
  await providers?.close();
  rmSync(home, { recursive: true, force: true });
});

describe("vanta search run", { timeout: 180_000 }, () => {
  it("runs the user's daily search now and prints the JSON summary; a second run the same day is a no-op", async () => {
    const first = await vanta(["search", "run", "--email", email, ...baseUrlArgs]);
    expect(first.code, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout);
    expect(out).toMatchObject({ status: "partial", searches: 1 });
    expect(out.inserted).toBeGreaterThan(0);
    expect(out.scored).toBe(out.inserted);
    expect(providers.requests.map((r) => r.path)).toContain("/gh/vaulttec/jobs");
    // like the scheduled run, the day's digest follows: one .eml in the local outbox
    expect(out.digest).toMatchObject({ sent: true });
    expect(out.digest.postings).toBeGreaterThan(0);
    expect(readdirSync(join(home, "outbox")).filter((f) => f.endsWith(".eml"))).toHaveLength(1);

    const second = await vanta(["search", "run", "--email", email, ...baseUrlArgs]);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ status: "already_ran", inserted: out.inserted });
    expect(readdirSync(join(home, "outbox")).filter((f) => f.endsWith(".eml"))).toHaveLength(1);
  });

  it("exits 2 on bad input and 1 for an unknown user", async () => {
    const bad = await vanta(["search", "run"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--email");
    const badUrl = await vanta(["search", "run", "--email", email, "--base-url", "nowhere=http://x"]);
    expect(badUrl.code).toBe(2);
    const unknown = await vanta(["search", "run", "--email", "nobody@test.vanta.localhost"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no user");
  });
});
