import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ReplayServer, startReplayServer } from "../../support/replay-server.ts";
import { fixture } from "./fixtures.ts";

// The real `vanta ingest` command in a child process: JSON summary on stdout, exit codes.

const root = resolve(import.meta.dirname, "..", "..", "..");
const fixtures = join(root, "tests", "fixtures", "providers");

function vanta(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [
        join(root, "node_modules", "tsx", "dist", "cli.mjs"),
        join(root, "server", "src", "cli", "main.ts"),
        "ingest",
        ...args,
      ],
      {
        cwd: root,
        env: { ...process.env, VANTA_HOME: mkdtempSync(join(tmpdir(), "vanta-ingest-")), ...env },
        timeout: 60_000,
      },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({
    "/v1/boards/vaulttec/jobs": { body: fixture("greenhouse", "board.json") },
    "/v1/boards/down/jobs": { status: 500 },
  });
});
afterAll(async () => {
  await server?.close();
});

// Each test spawns Node + tsx, which is slow on a busy 2-core machine.
describe("vanta ingest", { timeout: 120_000 }, () => {
  it("ingests a saved response offline and prints the summary with rejection reasons", async () => {
    const r = await vanta([
      "--provider",
      "greenhouse",
      "--file",
      join(fixtures, "greenhouse", "board.json"),
      "--dry-run",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      dryRun: true,
      fetched: 4,
      normalized: 2,
      inserted: 2,
      updated: 0,
      duplicates: 0,
      rejectedCount: 2,
    });
    expect(out.rejected.map((x: { reason: string }) => x.reason)).toEqual([
      expect.stringContaining("title"),
      expect.stringContaining("empty description"),
    ]);
  });

  it("fetches a board over HTTP (local server) and writes to the configured database", async () => {
    const r = await vanta(
      ["--provider", "greenhouse", "--board", "vaulttec", "--base-url", `${server.url}/v1/boards`],
      {
        DATABASE_URL: "memory://",
      },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: false, inserted: 2, sources: [{ ok: true, fetched: 4 }] });
    expect(r.stderr).toContain("greenhouse/vaulttec: ok");
  });

  it("exits 1 when every source failed, with the error in the summary", async () => {
    const r = await vanta([
      "--provider",
      "greenhouse",
      "--board",
      "down",
      "--base-url",
      `${server.url}/v1/boards`,
      "--dry-run",
    ]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).sources[0]).toMatchObject({ ok: false, errorCode: "http_status" });
  });

  it("rejects bad input with exit 2 and a clear message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanta-bad-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{"jobs": [');
    const unknown = await vanta(["--provider", "monster", "--board", "x"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown provider "monster"');
    const malformed = await vanta(["--provider", "greenhouse", "--file", bad, "--dry-run"]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("invalid_json");
  });
});
