import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The `vanta` commands as a user runs them: real processes, a real VANTA_HOME folder on disk.

const root = join(import.meta.dirname, "../../..");
const node = process.execPath;
const main = join(root, "server/src/cli/main.ts");
let home: string;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), "vanta-cli-"));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}) {
  // Only what the CLI needs: no developer keys leak in.
  return { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", VANTA_HOME: home, ...extra };
}

function vanta(args: string[], extra: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(node, ["--import", "tsx", main, ...args], { cwd: root, env: env(extra) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address() as { port: number };
  await new Promise((r) => srv.close(r));
  return port;
}

/** Starts `vanta serve --pairing` and resolves with its stdout JSON line. */
function serve(port: number) {
  const child = spawn(node, ["--import", "tsx", main, "serve", "--pairing"], {
    cwd: root,
    env: env({ PORT: String(port) }),
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const ready = new Promise<{ url: string; pairingCode: string }>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) resolve(JSON.parse(line));
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, ready, exited, stderr: () => stderr };
}

async function pairOver(url: string, code: string) {
  const res = await fetch(`${url}/trpc/auth.pair`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code }),
  });
  const body = (await res.json()) as { result?: { data: { token: string; user: { id: string; email: string } } } };
  return body.result?.data ?? null;
}

describe("vanta CLI", () => {
  it("migrate prints JSON and creates the embedded database", async () => {
    const r = await vanta(["migrate"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ migrated: true, driver: "pglite" });
    expect(existsSync(join(home, "pgdata"))).toBe(true);
  });

  it("a bad variable exits 2 naming it", async () => {
    const r = await vanta(["migrate"], { PORT: "eighty" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("PORT: expected a number 1-65535");
    expect(r.stdout).toBe("");
  });

  it("user create: bad email exits 2, a good one prints {id,email}", async () => {
    const bad = await vanta(["user", "create", "--email", "nope"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--email");

    const ok = await vanta(["user", "create", "--email", "Ada@Example.com"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), email: "ada@example.com" });
  });

  it("pair prints {code, url, expiresAt}", async () => {
    const r = await vanta(["pair", "--email", "ada@example.com"]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { code: string; url: string; expiresAt: string };
    expect(out.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(out.url).toBe(`http://127.0.0.1:8787/pair?code=${out.code}`);
    expect(Date.parse(out.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it("serve --pairing: health, pairing, `vanta pair` while running, clean Ctrl-C, data kept on restart", async () => {
    const port = await freePort();
    const first = serve(port);
    try {
      const out = await first.ready;
      expect(out.url).toBe(`http://127.0.0.1:${port}`);
      expect(first.stderr()).toContain("chrome-mv3");
      expect(first.stderr()).toContain(out.pairingCode);

      const health = await fetch(`${out.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", db: "pglite" });

      const paired = await pairOver(out.url, out.pairingCode);
      expect(paired?.user.email).toBe("local@vanta.localhost");
      expect(await pairOver(out.url, out.pairingCode)).toBeNull();

      // The server holds the PGlite folder; `vanta pair` asks it for a code instead of opening it.
      const again = await vanta(["pair"], { PORT: String(port) });
      expect(again.code, again.stderr).toBe(0);
      const second = JSON.parse(again.stdout) as { code: string };
      expect((await pairOver(out.url, second.code))?.user.id).toBe(paired?.user.id);
      // …and a one-shot command that needs the folder says why it cannot.
      const blocked = await vanta(["migrate"]);
      expect(blocked.code).toBe(1);
      expect(blocked.stderr).toContain("in use by process");

      first.child.kill("SIGINT");
      expect(await first.exited).toBe(0);
      expect(first.stderr()).toContain('"msg":"stopped"');
      expect(existsSync(join(home, "pgdata.lock"))).toBe(false);
      expect(existsSync(join(home, "server.json"))).toBe(false);

      const restarted = serve(port);
      try {
        const out2 = await restarted.ready;
        const paired2 = await pairOver(out2.url, out2.pairingCode);
        expect(paired2?.user.id).toBe(paired?.user.id);
        // The token from the first run still works: sessions live in the kept database.
        const me = await fetch(`${out2.url}/trpc/auth.me`, { headers: { authorization: `Bearer ${paired?.token}` } });
        expect(me.status).toBe(200);
      } finally {
        restarted.child.kill("SIGTERM");
        expect(await restarted.exited).toBe(0);
      }
    } finally {
      stop(first.child);
    }
  }, 180_000);
});

function stop(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}
