import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrate, schema } from "@vanta/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { runVanta } from "../../support/cli.ts";

// The real `vanta demo`, twice, over an embedded database with no network: one demo user with a full
// pipeline drawn from the shipped local boards.

const home = mkdtempSync(join(tmpdir(), "vanta-demo-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const vanta = (args: string[]) =>
  runVanta(
    args,
    { VANTA_HOME: home, DATABASE_URL: "", OPENAI_API_KEY: "", RESEND_API_KEY: "", VANTA_SECRET: "" },
    180_000,
  );

describe("vanta demo", () => {
  it("creates a demo user with ~200 postings, a pipeline, tasks and a draft; twice leaves one demo user", async () => {
    const first = await vanta(["demo"]);
    expect(first.code, first.stderr).toBe(0);
    const out = JSON.parse(first.stdout) as { email: string; pairingCode: string; pairingUrl: string };
    expect(out.email).toBe("demo@vanta.localhost");
    expect(out.pairingCode).toMatch(/^[0-9A-Z-]{8,12}$/);
    expect(out.pairingUrl).toContain(encodeURIComponent(out.pairingCode).replace(/%2D/g, "-"));

    const again = await vanta(["demo"]);
    expect(again.code, again.stderr).toBe(0);

    const handle = await createDb({ driver: "pglite", dataDir: join(home, "pgdata") });
    try {
      await migrate(handle);
      const db = handle.db;
      const demoUsers = await db.select().from(schema.users).where(eq(schema.users.email, "demo@vanta.localhost"));
      expect(demoUsers).toHaveLength(1);
      const userId = demoUsers[0]?.id as string;
      const count = async (table: string) =>
        Number(
          (
            (await db.execute(
              sql`select count(*)::int as n from ${sql.identifier(table)} where user_id = ${userId}`,
            )) as unknown as {
              rows: { n: number }[];
            }
          ).rows[0]?.n ?? 0,
        );
      const postings = Number((await db.select({ n: sql<number>`count(*)` }).from(schema.jobPostings))[0]?.n ?? 0);
      // 205 shipped; the feed scores one posting per cluster (a company's repeated title + city is one job)
      expect(postings).toBeGreaterThanOrEqual(200);
      expect(await count("posting_enrichments")).toBeGreaterThanOrEqual(170);
      expect(await count("search_prefs")).toBe(2);
      const apps = await db.select().from(schema.applications).where(eq(schema.applications.userId, userId));
      expect(new Set(apps.map((a) => a.stage))).toEqual(
        new Set(["prospect", "applied", "screen", "interview", "offer", "outcome"]),
      );
      expect(await count("tasks")).toBeGreaterThanOrEqual(3);
      const drafts = await db.select().from(schema.outreach).where(eq(schema.outreach.userId, userId));
      expect(drafts.map((d) => d.status)).toEqual(["draft"]);
      // the daily run's digest reached the local outbox and the in-app center, with no network
      const notes = await db.select().from(schema.notifications).where(eq(schema.notifications.userId, userId));
      expect(notes.some((n) => n.kind === "digest")).toBe(true);
      expect(readdirSync(join(home, "outbox")).filter((f) => f.endsWith(".eml")).length).toBeGreaterThanOrEqual(2);
    } finally {
      await handle.close();
    }
  }, 400_000);
});
