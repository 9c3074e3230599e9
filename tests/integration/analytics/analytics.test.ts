import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, type Database, migrate, schema } from "@vanta/db";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import type { analyticsFor } from "@vanta/server/services/analytics/summary";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runVanta } from "../../support/cli.ts";

// A seeded history in a real (embedded) database; the expected numbers are computed by hand.

const home = mkdtempSync(join(tmpdir(), "vanta-analytics-"));
const email = "analytics@test.vanta.localhost";
const d = (day: string) => new Date(`2026-11-${day}T10:00:00Z`);
type Stage = "prospect" | "applied" | "screen" | "interview" | "offer" | "outcome";

async function seed(db: Database, userId: string) {
  const [posting] = await db
    .insert(schema.jobPostings)
    .values({
      source: "greenhouse",
      sourceId: "an-1",
      url: "https://boards.greenhouse.io/x/jobs/1",
      canonicalUrl: "https://boards.greenhouse.io/x/jobs/1",
      title: "Engineer",
      company: "X",
      fingerprint: "x-engineer",
    } as typeof schema.jobPostings.$inferInsert)
    .returning();
  if (!posting) throw new Error("no posting");
  await db.insert(schema.postingEnrichments).values({
    userId,
    postingId: posting.id,
    score: 82,
    passed: true,
    factors: {},
  } as typeof schema.postingEnrichments.$inferInsert);
  const paths: [string, string | null, [Stage, string][], "won" | "lost" | null][] = [
    [
      "Alpha",
      posting.id,
      [
        ["prospect", "01"],
        ["applied", "02"],
        ["screen", "05"],
        ["outcome", "09"],
      ],
      "lost",
    ],
    [
      "Beta",
      null,
      [
        ["prospect", "03"],
        ["applied", "04"],
      ],
      null,
    ],
    ["Gamma", null, [["prospect", "05"]], null],
  ];
  for (const [company, postingId, path, outcome] of paths) {
    const last = path[path.length - 1] as [Stage, string];
    const [app] = await db
      .insert(schema.applications)
      .values({
        userId,
        company,
        role: "Engineer",
        postingId,
        stage: last[0],
        outcome,
        createdAt: d(path[0]?.[1] ?? "01"),
      })
      .returning();
    if (!app) throw new Error("no app");
    let prev: Stage | null = null;
    for (const [to, day] of path) {
      await db.insert(schema.applicationEvents).values({
        userId,
        applicationId: app.id,
        type: prev ? "stage_changed" : "created",
        fromStage: prev,
        toStage: to,
        occurredAt: d(day),
      });
      prev = to;
    }
  }
}

let userId = "";
beforeAll(async () => {
  const handle = await createDb({ driver: "pglite", dataDir: join(home, "pgdata") });
  try {
    await migrate(handle);
    userId = (await ensureUserByEmail(handle.db, email)).user.id;
    await seed(handle.db, userId);
    // Another user's history must not leak into these numbers.
    const other = (await ensureUserByEmail(handle.db, "other-analytics@test.vanta.localhost")).user.id;
    await handle.db.insert(schema.applications).values({ userId: other, company: "Leak", role: "X", stage: "offer" });
  } finally {
    await handle.close();
  }
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

const vanta = (args: string[]) => runVanta(args, { VANTA_HOME: home, DATABASE_URL: "" });

describe("analytics on a seeded history", () => {
  it("vanta analytics prints the funnel, rates by source and fit band, and stage times", async () => {
    const out = await vanta(["analytics", "--email", email]);
    expect(out.code, out.stderr).toBe(0);
    const a = JSON.parse(out.stdout) as Awaited<ReturnType<typeof analyticsFor>>;
    expect(a.funnel.map((f) => [f.stage, f.count, f.conversion])).toEqual([
      ["tracked", 3, null],
      ["applied", 2, 0.667],
      ["screen", 1, 0.5],
      ["interview", 0, 0],
      ["offer", 0, null],
      ["won", 0, null],
    ]);
    // Alpha answered (screen) after 3 days; Beta has not
    expect(a.responseRate).toBe(0.5);
    expect(a.medianDaysToResponse).toBe(3);
    expect(a.bySource).toEqual([
      { key: "greenhouse", applied: 1, responded: 1, responseRate: 1, medianDaysToResponse: 3 },
      { key: "manual", applied: 1, responded: 0, responseRate: 0, medianDaysToResponse: null },
    ]);
    expect(a.byScoreBand.find((g) => g.key === "70-100")).toMatchObject({ applied: 1, responded: 1 });
    expect(a.timeInStage.find((t) => t.stage === "applied")).toEqual({ stage: "applied", meanDays: 3, samples: 1 });
    expect(a.timeInStage.find((t) => t.stage === "screen")).toEqual({ stage: "screen", meanDays: 4, samples: 1 });

    const bad = await vanta(["analytics", "--email", "nope"]);
    expect(bad.code).toBe(2);
  });
});
