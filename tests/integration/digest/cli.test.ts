import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createDb, migrate } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { readOutboxMessage } from "@vanta/server/ports/email/outbox-reader";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedScored } from "./support.ts";

// The real `vanta digest send` in a child process over an embedded database in a temp VANTA_HOME
// without VANTA_SECRET: the secret is generated once and kept under VANTA_HOME.

const root = resolve(import.meta.dirname, "..", "..", "..");
const home = mkdtempSync(join(tmpdir(), "vanta-digest-cli-"));
const email = "digest-cli@test.vanta.localhost";

function vanta(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "server", "src", "cli", "main.ts"), ...args],
      {
        cwd: root,
        env: {
          ...process.env,
          VANTA_HOME: home,
          DATABASE_URL: "",
          VANTA_SECRET: "",
          RESEND_API_KEY: "",
          VANTA_LOG: "silent",
        },
        timeout: 90_000,
      },
      (err, stdout, stderr) => done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  const handle = await createDb({ driver: "pglite", dataDir: join(home, "pgdata") });
  try {
    await migrate(handle);
    const { user } = await ensureUserByEmail(handle.db, email);
    await seedScored(handle.db, user.id, [
      { title: "Platform Engineer", company: "Delta", score: 84 },
      { title: "SRE", company: "Epsilon", score: 66 },
    ]);
  } finally {
    await handle.close();
  }
});

afterAll(() => {
  rmSync(home, { recursive: true, force: true });
});

describe("vanta digest send", { timeout: 120_000 }, () => {
  it("sends to the outbox and prints the summary; a second run the same day sends nothing", async () => {
    const r = await vanta(["digest", "send", "--email", email]);
    expect(r.stderr).not.toContain("Error");
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { sent: boolean; postings: number; messageId: string | null };
    expect(summary).toMatchObject({ sent: true, postings: 2 });
    const m = await readOutboxMessage(join(home, "outbox"), summary.messageId as string);
    expect(m?.text).toMatch(/1\. Platform Engineer — Delta \(score 84\)[\s\S]*2\. SRE — Epsilon \(score 66\)/);
    const secret = readFileSync(join(home, "secret"), "utf8").trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);

    const again = await vanta(["digest", "send", "--email", email]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      sent: false,
      messageId: summary.messageId,
      reason: "already_sent",
    });
    // The secret is generated once, not per run.
    expect(readFileSync(join(home, "secret"), "utf8").trim()).toBe(secret);
  });

  it("bad input exits 2; an unknown user exits 1", async () => {
    expect((await vanta(["digest", "send"])).code).toBe(2);
    expect((await vanta(["digest", "send", "--email", "nope"])).code).toBe(2);
    expect((await vanta(["digest", "blast", "--email", email])).code).toBe(2);
    const unknown = await vanta(["digest", "send", "--email", "nobody@test.vanta.localhost"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no user");
    expect(existsSync(join(home, "secret"))).toBe(true);
  });
});
