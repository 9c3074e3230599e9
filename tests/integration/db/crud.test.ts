import { type DbDriver, type DbHandle, migrate, schema } from "@vanta/db";
import { FitResult } from "@vanta/shared/fit";
import { and, arrayContains, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { expectPgError, journalEntryCount, rowsOf, schemaTableNames } from "./pg-result.ts";

const {
  applicationEvents,
  applicationNotes,
  applications,
  auditLogs,
  companies,
  jobPostings,
  modelIo,
  modelRuns,
  postingEnrichments,
  profiles,
  users,
} = schema;

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const drivers: DbDriver[] = ["pglite", "node-postgres", "neon"];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fit(score: number): FitResult {
  return {
    score,
    passed: score >= 50,
    filters: [{ name: "visa", passed: true, reason: "no sponsorship needed" }],
    factors: { semantic: 0.8, skills: 0.7, title: 1, seniority: 0.5, salary: 0.6, freshness: 0.9 },
    requirements: [{ requirement: "TypeScript", kind: "required", status: "met", evidence: "5 years of TypeScript" }],
    improvements: ["Mention Kubernetes"],
    salary: { min: 150_000, max: 180_000, currency: "USD", period: "year", estimate: true, sampleSize: 12 },
    rationale: `score ${score}`,
  };
}

function posting(source: string, sourceId: string, overrides: Partial<typeof jobPostings.$inferInsert> = {}) {
  return {
    source,
    sourceId,
    company: "Acme",
    title: "Senior Engineer",
    url: `https://jobs.example/${source}/${sourceId}`,
    canonicalUrl: `https://jobs.example/${source}/${sourceId}`,
    fingerprint: `acme|senior engineer|remote|${sourceId}`,
    ...overrides,
  } satisfies typeof jobPostings.$inferInsert;
}

describe.each(drivers)("database on %s", (driver) => {
  let handle: DbHandle;
  const db = () => handle.db;
  const newUser = async (email: string) => (await db().insert(users).values({ email }).returning())[0]!;

  beforeAll(async () => {
    handle = await createTestDb(driver);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("migrates a fresh database to every table of the schema, and migrating again changes nothing", async () => {
    const tables = async () =>
      rowsOf<{ name: string }>(
        await db().execute(
          sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
        ),
      ).map((r) => r.name);
    const applied = async () =>
      rowsOf<{ n: number }>(await db().execute(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`))[0]!.n;

    expect(await tables()).toEqual(schemaTableNames());
    expect(await applied()).toBe(journalEntryCount());
    await migrate(handle);
    expect(await tables()).toEqual(schemaTableNames());
    expect(await applied()).toBe(journalEntryCount());
  });

  it("users: gen_random_uuid ids, defaults, timestamps, case-insensitive unique email, updated_at, soft delete", async () => {
    const before = Date.now();
    const ada = await newUser("Ada@Example.com");
    const bob = await newUser("bob@example.com");
    expect(ada.id).toMatch(uuidV4);
    expect(bob.id).not.toBe(ada.id);
    expect(ada).toMatchObject({ plan: "free", status: "active", name: null, deletedAt: null });
    expect(ada.createdAt).toBeInstanceOf(Date);
    // same machine clock for server and test; a minute of slack for slow CI
    expect(Math.abs(ada.createdAt.getTime() - before)).toBeLessThan(60_000);
    expect(ada.updatedAt.getTime()).toBe(ada.createdAt.getTime());

    await expectPgError(() => db().insert(users).values({ email: "ada@EXAMPLE.com" }), "23505");

    await sleep(5);
    const [renamed] = await db().update(users).set({ name: "Ada L." }).where(eq(users.id, ada.id)).returning();
    expect(renamed!.name).toBe("Ada L.");
    expect(renamed!.updatedAt.getTime()).toBeGreaterThan(ada.updatedAt.getTime());
    expect(renamed!.createdAt.getTime()).toBe(ada.createdAt.getTime());

    const lastLogin = new Date("2026-03-01T12:34:56.789Z");
    await db().update(users).set({ lastLoginAt: lastLogin, deletedAt: new Date() }).where(eq(users.id, bob.id));
    const [bobRow] = await db().select().from(users).where(eq(users.id, bob.id));
    expect(bobRow!.lastLoginAt!.toISOString()).toBe(lastLogin.toISOString());
    const live = await db()
      .select({ email: users.email })
      .from(users)
      .where(and(isNull(users.deletedAt), sql`${users.email} ILIKE '%example.com'`));
    expect(live.map((u) => u.email)).toEqual(["Ada@Example.com"]);
  });

  it("profiles: text[] and jsonb round-trip, array containment (@>) and jsonb queries, one profile per user", async () => {
    const user = await newUser("profile@example.com");
    const [profile] = await db()
      .insert(profiles)
      .values({
        userId: user.id,
        skills: ["typescript", "postgres", "c++", 'quote"d, comma'],
        titles: ["Staff Engineer"],
        preferences: { remote: ["remote", "hybrid"], excludedCompanies: ["Evil Corp"], trackStage: "applied" },
        salaryMinCents: 15_000_000,
      })
      .returning();
    expect(profile!.skills).toEqual(["typescript", "postgres", "c++", 'quote"d, comma']);
    expect(profile!.locations).toEqual([]);
    expect(profile!).toMatchObject({ salaryCurrency: "USD", digestHour: 8, timezone: "UTC", resumeText: "" });
    expect(profile!.preferences).toEqual({
      remote: ["remote", "hybrid"],
      excludedCompanies: ["Evil Corp"],
      trackStage: "applied",
    });

    const bySkills = await db()
      .select({ id: profiles.id })
      .from(profiles)
      .where(arrayContains(profiles.skills, ["postgres", "typescript"]));
    expect(bySkills.map((p) => p.id)).toEqual([profile!.id]);
    const none = await db()
      .select({ id: profiles.id })
      .from(profiles)
      .where(arrayContains(profiles.skills, ["typescript", "cobol"]));
    expect(none).toEqual([]);
    const byPref = await db()
      .select({ id: profiles.id })
      .from(profiles)
      .where(sql`${profiles.preferences}->>'trackStage' = 'applied' AND ${profiles.preferences}->'remote' ? 'hybrid'`);
    expect(byPref.map((p) => p.id)).toEqual([profile!.id]);

    await expectPgError(() => db().insert(profiles).values({ userId: user.id }), "23505");
  });

  it("companies + job_postings: unique (source, source_id), upsert, date columns, GIN-indexed skills", async () => {
    const [acme] = await db().insert(companies).values({ name: "Acme, Inc.", normalizedName: "acme" }).returning();
    expect(acme!.aliases).toEqual([]);
    await expectPgError(() => db().insert(companies).values({ name: "ACME", normalizedName: "acme" }), "23505");

    const [first] = await db()
      .insert(jobPostings)
      .values(
        posting("greenhouse", "123", {
          companyId: acme!.id,
          skills: ["typescript", "react"],
          locations: ["Berlin", "Remote"],
          postedAt: "2026-11-20",
          salaryMinCents: 9_000_000,
          salaryCurrency: "EUR",
          extra: { department: "Platform" },
        }),
      )
      .returning();
    expect(first).toMatchObject({
      postedAt: "2026-11-20",
      remote: "unknown",
      visaSponsorship: "unknown",
      closed: false,
    });
    expect(first!.extra).toEqual({ department: "Platform" });

    await expectPgError(() => db().insert(jobPostings).values(posting("greenhouse", "123")), "23505");
    // the same id on another board is another posting
    await db()
      .insert(jobPostings)
      .values(posting("lever", "123", { skills: ["go", "typescript"] }));

    // ingest re-sees a posting: upsert on the natural key keeps the row id
    const seenAgain = new Date(Date.now() + 60_000);
    const [upserted] = await db()
      .insert(jobPostings)
      .values(posting("greenhouse", "123", { title: "Senior Engineer II", lastSeenAt: seenAgain }))
      .onConflictDoUpdate({
        target: [jobPostings.source, jobPostings.sourceId],
        set: { title: sql`excluded.title`, lastSeenAt: sql`excluded.last_seen_at` },
      })
      .returning();
    expect(upserted!.id).toBe(first!.id);
    expect(upserted!.title).toBe("Senior Engineer II");
    expect(upserted!.lastSeenAt.getTime()).toBe(seenAgain.getTime());
    expect(upserted!.skills).toEqual(["typescript", "react"]);

    const ts = await db()
      .select({ source: jobPostings.source })
      .from(jobPostings)
      .where(arrayContains(jobPostings.skills, ["typescript"]))
      .orderBy(asc(jobPostings.source));
    expect(ts.map((p) => p.source)).toEqual(["greenhouse", "lever"]);
    const recent = await db()
      .select({ id: jobPostings.id })
      .from(jobPostings)
      .where(sql`${jobPostings.postedAt} >= '2026-11-01'`);
    expect(recent.map((p) => p.id)).toEqual([first!.id]);

    // with sequential scans priced out, the planner must pick the GIN index for @>: it exists and fits the query
    const plan = await db().transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return rowsOf<Record<string, string>>(
        await tx.execute(sql`EXPLAIN SELECT id FROM job_postings WHERE skills @> ARRAY['typescript']::text[]`),
      )
        .map((r) => Object.values(r).join(""))
        .join("\n");
    });
    expect(plan).toContain("job_postings_skills_gin");
  });

  it("posting_enrichments: FitResult jsonb, feed order, one per (user, posting), cascades with the posting", async () => {
    const user = await newUser("feed@example.com");
    const rows = await db()
      .insert(jobPostings)
      .values([posting("feed", "a"), posting("feed", "b"), posting("feed", "c")])
      .returning({ id: jobPostings.id, sourceId: jobPostings.sourceId });
    const idOf = (sourceId: string) => rows.find((r) => r.sourceId === sourceId)!.id;
    const scores: Record<string, number> = { a: 55, b: 91, c: 72 };
    await db()
      .insert(postingEnrichments)
      .values(
        Object.entries(scores).map(([sourceId, score]) => ({
          userId: user.id,
          postingId: idOf(sourceId),
          score,
          passed: true,
          factors: fit(score),
          salaryEstimateMinCents: 15_000_000,
          salaryEstimateCurrency: "USD",
        })),
      );

    const [stored] = await db()
      .select()
      .from(postingEnrichments)
      .where(eq(postingEnrichments.postingId, idOf("b")));
    expect(FitResult.parse(stored!.factors)).toEqual(fit(91));

    await db()
      .update(postingEnrichments)
      .set({ hiddenAt: new Date() })
      .where(and(eq(postingEnrichments.userId, user.id), eq(postingEnrichments.postingId, idOf("c"))));
    const feed = await db()
      .select({ sourceId: jobPostings.sourceId, score: postingEnrichments.score })
      .from(postingEnrichments)
      .innerJoin(jobPostings, eq(jobPostings.id, postingEnrichments.postingId))
      .where(and(eq(postingEnrichments.userId, user.id), isNull(postingEnrichments.hiddenAt)))
      .orderBy(desc(postingEnrichments.score));
    expect(feed).toEqual([
      { sourceId: "b", score: 91 },
      { sourceId: "a", score: 55 },
    ]);

    await expectPgError(
      () =>
        db()
          .insert(postingEnrichments)
          .values({ userId: user.id, postingId: idOf("a"), score: 1, passed: false, factors: fit(1) }),
      "23505",
    );
    await expectPgError(
      () =>
        db()
          .insert(postingEnrichments)
          .values({ userId: user.id, postingId: user.id, score: 1, passed: false, factors: fit(1) }),
      "23503",
    );

    await db()
      .delete(jobPostings)
      .where(eq(jobPostings.id, idOf("a")));
    const left = await db()
      .select({ postingId: postingEnrichments.postingId })
      .from(postingEnrichments)
      .where(eq(postingEnrichments.userId, user.id));
    expect(left.map((r) => r.postingId).sort()).toEqual([idOf("b"), idOf("c")].sort());
  });

  it("applications + events + notes: stage default, idempotent track, timeline, soft-deleted note, posting removal", async () => {
    const user = await newUser("apply@example.com");
    const [job] = await db().insert(jobPostings).values(posting("apply", "1")).returning();
    const track = () =>
      db()
        .insert(applications)
        .values({ userId: user.id, postingId: job!.id, company: "Acme", role: "Engineer", clientRequestId: "req-1" })
        .onConflictDoNothing({ target: [applications.userId, applications.clientRequestId] })
        .returning();
    const [app] = await track();
    expect(app).toMatchObject({ stage: "prospect", outcome: null, position: 0 });
    expect(await track()).toEqual([]);

    const appliedAt = new Date("2026-11-25T09:00:00.000Z");
    await db()
      .update(applications)
      .set({ stage: "applied", appliedAt, stageChangedAt: appliedAt })
      .where(eq(applications.id, app!.id));
    await db()
      .insert(applicationEvents)
      .values([
        { userId: user.id, applicationId: app!.id, type: "created", occurredAt: new Date("2026-11-24T09:00:00Z") },
        {
          userId: user.id,
          applicationId: app!.id,
          type: "stage_changed",
          fromStage: "prospect",
          toStage: "applied",
          detail: { via: "kanban" },
          occurredAt: appliedAt,
        },
      ]);
    const [keep] = await db()
      .insert(applicationNotes)
      .values({ userId: user.id, applicationId: app!.id, body: "Referral from Sam" })
      .returning();
    const [drop] = await db()
      .insert(applicationNotes)
      .values({ userId: user.id, applicationId: app!.id, body: "typo" })
      .returning();
    await db().update(applicationNotes).set({ deletedAt: new Date() }).where(eq(applicationNotes.id, drop!.id));

    const timeline = await db()
      .select({ type: applicationEvents.type, to: applicationEvents.toStage, detail: applicationEvents.detail })
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, app!.id))
      .orderBy(asc(applicationEvents.occurredAt));
    expect(timeline).toEqual([
      { type: "created", to: null, detail: {} },
      { type: "stage_changed", to: "applied", detail: { via: "kanban" } },
    ]);
    const notes = await db()
      .select({ id: applicationNotes.id })
      .from(applicationNotes)
      .where(and(eq(applicationNotes.applicationId, app!.id), isNull(applicationNotes.deletedAt)));
    expect(notes).toEqual([{ id: keep!.id }]);

    await expectPgError(
      () =>
        db()
          .insert(applicationEvents)
          .values({ userId: user.id, applicationId: app!.id, type: "not_a_type" as "other" }),
      "22P02",
    );

    // the posting goes away, the application stays (FK set null)
    await db().delete(jobPostings).where(eq(jobPostings.id, job!.id));
    const [after] = await db().select().from(applications).where(eq(applications.id, app!.id));
    expect(after).toMatchObject({ postingId: null, stage: "applied" });
    expect(after!.appliedAt!.getTime()).toBe(appliedAt.getTime());
  });

  it("audit_logs and model_runs/model_io: jsonb payloads, lookups, cascade from the run", async () => {
    const user = await newUser("audit@example.com");
    const entityId = crypto.randomUUID();
    await db()
      .insert(auditLogs)
      .values({
        userId: user.id,
        action: "application.move",
        entityType: "application",
        entityId,
        before: { stage: "applied", position: 0 },
        after: { stage: "screen", position: 2 },
        requestId: "req-abc",
      });
    const [log] = await db()
      .select()
      .from(auditLogs)
      .where(and(eq(auditLogs.entityType, "application"), eq(auditLogs.entityId, entityId)));
    expect(log).toMatchObject({
      userId: user.id,
      action: "application.move",
      before: { stage: "applied", position: 0 },
      after: { stage: "screen", position: 2 },
    });

    const [run] = await db()
      .insert(modelRuns)
      .values({ userId: user.id, agent: "fit-rationale", model: "offline", provider: "local", inputTokens: 120 })
      .returning();
    expect(run).toMatchObject({ outputTokens: 0, success: null, finishedAt: null });
    await db()
      .insert(modelIo)
      .values([
        { modelRunId: run!.id, direction: "input", payload: [{ role: "user", content: "Why fit?" }] },
        { modelRunId: run!.id, direction: "output", payload: { text: "Strong TypeScript match", n: 1.5 } },
      ]);
    await db()
      .update(modelRuns)
      .set({ outputTokens: 40, success: true, latencyMs: 812, finishedAt: new Date() })
      .where(eq(modelRuns.id, run!.id));

    const io = await db()
      .select({ direction: modelIo.direction, payload: modelIo.payload })
      .from(modelIo)
      .where(eq(modelIo.modelRunId, run!.id))
      .orderBy(asc(modelIo.direction));
    expect(io).toEqual([
      { direction: "input", payload: [{ role: "user", content: "Why fit?" }] },
      { direction: "output", payload: { text: "Strong TypeScript match", n: 1.5 } },
    ]);

    await db().delete(modelRuns).where(eq(modelRuns.id, run!.id));
    expect(await db().select().from(modelIo).where(eq(modelIo.modelRunId, run!.id))).toEqual([]);
    // deleting the user keeps its audit trail, detached (FK set null)
    await db().delete(users).where(eq(users.id, user.id));
    const [orphan] = await db().select().from(auditLogs).where(eq(auditLogs.entityId, entityId));
    expect(orphan!.userId).toBeNull();
  });

  describe("transactions", () => {
    const emailsLike = async (prefix: string) =>
      (
        await db()
          .select({ email: users.email })
          .from(users)
          .where(sql`${users.email} LIKE ${`${prefix}%`}`)
      )
        .map((u) => u.email)
        .sort();

    it("commits every statement together", async () => {
      const profileId = await db().transaction(async (tx) => {
        const [user] = await tx.insert(users).values({ email: "tx-commit@example.com" }).returning();
        const [profile] = await tx
          .insert(profiles)
          .values({ userId: user!.id, skills: ["sql"] })
          .returning();
        return profile!.id;
      });
      expect(await emailsLike("tx-commit")).toEqual(["tx-commit@example.com"]);
      expect(await db().select({ id: profiles.id }).from(profiles).where(eq(profiles.id, profileId))).toHaveLength(1);
    });

    it("rolls back everything when the callback throws, and rethrows that error", async () => {
      const boom = new Error("boom after two inserts");
      await expect(
        db().transaction(async (tx) => {
          const [user] = await tx.insert(users).values({ email: "tx-throw@example.com" }).returning();
          await tx.insert(profiles).values({ userId: user!.id });
          // visible inside the transaction…
          expect(await tx.select().from(users).where(eq(users.id, user!.id))).toHaveLength(1);
          throw boom;
        }),
      ).rejects.toBe(boom);
      // …and gone after it
      expect(await emailsLike("tx-throw")).toEqual([]);
    });

    it("rolls back earlier statements when a later one violates a constraint", async () => {
      await expectPgError(
        () =>
          db().transaction(async (tx) => {
            await tx.insert(users).values({ email: "tx-dup-1@example.com" });
            await tx.insert(users).values({ email: "TX-DUP-1@example.com" });
          }),
        "23505",
      );
      expect(await emailsLike("tx-dup")).toEqual([]);
      // the pool is healthy afterwards: the failed transaction's connection was released cleanly
      await db().insert(users).values({ email: "tx-dup-2@example.com" });
      expect(await emailsLike("tx-dup")).toEqual(["tx-dup-2@example.com"]);
    });

    it("rolls back on an explicit tx.rollback()", async () => {
      await expect(
        db().transaction(async (tx) => {
          await tx.insert(users).values({ email: "tx-rollback@example.com" });
          tx.rollback();
        }),
      ).rejects.toThrow(/rollback/i);
      expect(await emailsLike("tx-rollback")).toEqual([]);
    });
  });
});
