import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrate, schema } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runVanta } from "../../support/cli.ts";

// The real `vanta coach run` in a child process over an embedded database in a temp VANTA_HOME.

const home = mkdtempSync(join(tmpdir(), "vanta-coach-cli-"));
const email = "coach-cli@test.vanta.localhost";

const vanta = (args: string[]) => runVanta(args, { VANTA_HOME: home, DATABASE_URL: "", OPENAI_API_KEY: "" });

beforeAll(async () => {
  const handle = await createDb({ driver: "pglite", dataDir: join(home, "pgdata") });
  try {
    await migrate(handle);
    const { user } = await ensureUserByEmail(handle.db, email);
    const at = new Date("2026-10-01T12:00:00Z");
    const [app] = await handle.db
      .insert(schema.applications)
      .values({ userId: user.id, company: "Quietco", role: "SRE", stage: "applied", stageChangedAt: at })
      .returning();
    if (!app) throw new Error("no application");
    await handle.db
      .insert(schema.applicationEvents)
      .values({ userId: user.id, applicationId: app.id, type: "applied", occurredAt: at });
  } finally {
    await handle.close();
  }
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("vanta coach run", () => {
  it("creates the day's tasks once: a second run the same date creates none", async () => {
    const first = await vanta(["coach", "run", "--email", email, "--date", "2026-10-20"]);
    expect(first.code, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout) as { created: { title: string; detail: string }[]; existing: number };
    expect(out.existing).toBe(0);
    expect(out.created.map((c) => c.title)).toEqual(["Follow up with Quietco"]);
    expect(out.created[0]?.detail).toContain("19 days");

    const again = await vanta(["coach", "run", "--email", email, "--date", "2026-10-20"]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ created: [], existing: 1 });
  });

  it("rejects a bad date or address with exit 2 and a message", async () => {
    const bad = await vanta(["coach", "run", "--email", email, "--date", "20-10-2026"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--date");
    const noMail = await vanta(["coach", "run", "--email", "nope"]);
    expect(noMail.code).toBe(2);
    expect(noMail.stderr).toContain("--email");
  });
});
