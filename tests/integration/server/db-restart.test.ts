import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type PgCluster, postgresBinDir, startPgCluster } from "../../support/pg-cluster.ts";

// The database goes away under a running server: `vanta serve` (a real process) on a PostgreSQL
// cluster of this test's own. While it is stopped, requests answer 503 with Retry-After (never a
// 500) and the process stays up — an idle pooled connection's error used to be an uncaught 'error'
// event that killed it; once the database is back, requests succeed again without a restart.

const root = join(import.meta.dirname, "../../..");
const main = join(root, "server/src/cli/main.ts");

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

let cluster: PgCluster;
let home: string;
let child: ChildProcess;
let url: string;
let token: string;
let stderr = "";
let exitCode: number | null | undefined;

const profile = () =>
  fetch(`${url}/trpc/profile.get`, { headers: { Authorization: `Bearer ${token}`, "X-Request-Id": "db-restart-1" } });

describe("database restart under a running server", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    if (!postgresBinDir()) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
    cluster = await startPgCluster();
    home = await mkdtemp(join(tmpdir(), "vanta-dbrestart-"));
    const port = await freePort();
    child = spawn(process.execPath, ["--import", "tsx", main, "serve", "--pairing"], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        VANTA_HOME: home,
        PORT: String(port),
        DATABASE_URL: cluster.url,
        LOG_LEVEL: "warn",
      },
    });
    child.stderr?.on("data", (d) => (stderr += d));
    child.on("exit", (code) => (exitCode = code));
    const ready = await new Promise<{ url: string; pairingCode: string }>((resolve, reject) => {
      let out = "";
      child.stdout?.on("data", (d) => {
        out += d;
        const line = out.split("\n")[0];
        if (out.includes("\n") && line) resolve(JSON.parse(line));
      });
      child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
    });
    url = ready.url;
    const res = await fetch(`${url}/trpc/auth.pair`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ code: ready.pairingCode }),
    });
    token = ((await res.json()) as { result: { data: { token: string } } }).result.data.token;
  });

  afterAll(async () => {
    if (child && exitCode === undefined) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    cluster?.destroy();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("answers while the database is up", async () => {
    // a few requests so the pool holds idle connections when the database goes away
    for (let i = 0; i < 3; i++) expect((await profile()).status).toBe(200);
  });

  it("while it is down: 503 + Retry-After on the API and /health, and the process stays up", async () => {
    cluster.stop();
    // idle pooled connections receive their error event now; give it a moment to land
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 3; i++) {
      const res = await profile();
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      const body = (await res.json()) as { error: { data: { code: string } } };
      expect(body.error.data.code).toBe("SERVICE_UNAVAILABLE");
    }
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(503);
    expect(exitCode).toBeUndefined();
    expect(stderr).not.toMatch(/Unhandled 'error' event|uncaughtException/);
  });

  it("recovers by itself once the database is back", async () => {
    cluster.start();
    await vi.waitFor(async () => expect((await profile()).status).toBe(200), { timeout: 30_000, interval: 250 });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(exitCode).toBeUndefined();
  });
});
