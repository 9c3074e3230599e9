import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { makeUser, posting } from "./support.ts";

// PGlite runs one statement at a time; the idempotency and move guarantees only really get
// tested where calls overlap: a real PostgreSQL with a connection pool.

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb("node-postgres");
});
afterAll(async () => {
  await h?.close();
});

describe("on PostgreSQL with concurrent connections", () => {
  it("concurrent tracks of one posting (replays and fresh queue ids) create exactly one application", async () => {
    const { caller, user } = await makeUser(h.db);
    const p = posting();
    const replayed = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        caller.applications.track({ posting: p, clientRequestId: i % 3 ? replayed : randomUUID() }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.application.id)).size).toBe(1);
    const apps = await h.db.select().from(schema.applications).where(eq(schema.applications.userId, user.id));
    expect(apps).toHaveLength(1);
    const postings = await h.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.url, p.url));
    expect(postings).toHaveLength(1);
    const created = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.applicationEvents)
      .where(eq(schema.applicationEvents.applicationId, apps[0]!.id));
    expect(created[0]?.n).toBe(1);
  });

  it("concurrent moves of one card each leave one event and one audit entry, in order", async () => {
    const { caller } = await makeUser(h.db);
    const { application } = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    const targets = ["applied", "screen", "interview", "offer"] as const;
    await Promise.all(targets.map((stage) => caller.applications.move({ id: application.id, stage })));
    const detail = await caller.applications.get({ id: application.id });
    const changes = detail.events.filter((e) => e.type === "stage_changed");
    expect(changes).toHaveLength(4);
    // The row lock serializes the moves: each event starts where the previous one ended.
    let from = "prospect";
    for (const e of changes) {
      expect(e.fromStage).toBe(from);
      from = e.toStage ?? "";
    }
    expect(detail.card.stage).toBe(from);
    const audit = (await caller.audit.list({ entityId: application.id })).filter(
      (a) => a.action === "application.move",
    );
    expect(audit).toHaveLength(4);
  });
});
