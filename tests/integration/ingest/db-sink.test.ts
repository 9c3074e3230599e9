import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { dbSink } from "@vanta/server/ingest/db-sink";
import { runIngest } from "@vanta/server/ingest/run";
import { asc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { type ReplayServer, startReplayServer } from "../../support/replay-server.ts";
import { fastHttp, fixture, NOW } from "./fixtures.ts";

// Ingestion into a freshly migrated embedded database: upsert identity, updates, and
// cross-source clustering of the same job.

let handle: DbHandle;
let server: ReplayServer | null = null;
beforeAll(async () => {
  handle = await createTestDb("pglite");
});
afterAll(async () => {
  await handle?.close();
});
afterEach(async () => {
  await server?.close();
  server = null;
});

type Job = Record<string, unknown>;
const board = fixture("greenhouse", "board.json") as { jobs: Job[] };
const backend = board.jobs[0] as Job;

describe("dbSink", () => {
  it("inserts once, then reports unchanged postings as duplicates and changed ones as updates", async () => {
    let title = "Security Engineer";
    server = await startReplayServer({
      "/v1/boards/vaulttec/jobs": () => ({
        body: { jobs: board.jobs.map((j) => (j.id === 4012002 ? { ...j, title } : j)) },
      }),
    });
    const run = () =>
      runIngest({
        sources: [{ provider: "greenhouse", board: "vaulttec", baseUrl: `${server?.url}/v1/boards` }],
        sink: dbSink(handle.db),
        http: fastHttp(),
        now: NOW,
      });
    expect(await run()).toMatchObject({ inserted: 2, updated: 0, duplicates: 0 });
    expect(await run()).toMatchObject({ inserted: 0, updated: 0, duplicates: 2 });
    title = "Staff Security Engineer";
    expect(await run()).toMatchObject({ inserted: 0, updated: 1, duplicates: 1 });

    const rows = await handle.db
      .select()
      .from(schema.jobPostings)
      .where(eq(schema.jobPostings.source, "greenhouse"))
      .orderBy(asc(schema.jobPostings.sourceId));
    expect(rows.map((r) => [r.sourceId, r.title])).toEqual([
      ["4012001", "Senior Backend Engineer"],
      ["4012002", "Staff Security Engineer"],
    ]);
    expect(rows[0]).toMatchObject({
      canonicalUrl: "https://job-boards.greenhouse.io/vaulttec/jobs/4012001",
      salaryMinCents: 16_000_000,
      salaryCurrency: "USD",
      salaryPeriod: "year",
      visaSponsorship: "not_offered",
      yearsRequired: 5,
      countries: ["US"],
      postedAt: "2026-03-02",
    });
    expect(rows[0]?.fingerprint).toContain("senior backend engineer");
    expect(rows[1]).toMatchObject({ clearance: true, remote: "remote" });
  });

  it("stores a posting whose feed text holds NUL characters, and its valid neighbours", async () => {
    server = await startReplayServer({
      "/v1/boards/nulco/jobs": () => ({
        body: {
          jobs: board.jobs.map((j, i) => {
            const id = 5012001 + i;
            const fresh = { ...j, id, absolute_url: `https://job-boards.greenhouse.io/nulco/jobs/${id}` };
            return i === 0 ? { ...fresh, title: "Backend\u0000 Engineer", content: "Go\u0000 and SQL" } : fresh;
          }),
        },
      }),
    });
    const summary = await runIngest({
      sources: [{ provider: "greenhouse", board: "nulco", baseUrl: `${server.url}/v1/boards` }],
      sink: dbSink(handle.db),
      http: fastHttp(),
      now: NOW,
    });
    expect(summary.sources[0]).toMatchObject({ ok: true });
    const [row] = await handle.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.sourceId, "5012001"));
    expect(row?.title).toBe("Backend Engineer");
    expect(row?.description).toContain("Go and SQL");
    expect(summary.inserted).toBeGreaterThanOrEqual(2);
  });

  it("links the same job from another source into one cluster", async () => {
    // The backend job re-published on a Lever board: other source and URL, same job.
    const leverCopy = {
      id: "aaaaaaaa-0000-4000-8000-000000000001",
      text: backend.title,
      hostedUrl: "https://jobs.lever.co/vaulttec/aaaaaaaa-0000-4000-8000-000000000001",
      categories: { location: "New York, NY", commitment: "Full-time" },
      description: String(backend.content).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"),
      createdAt: Date.parse("2026-03-03T00:00:00Z"),
    };
    server = await startReplayServer({ "/v0/postings/vaulttec": { body: [leverCopy] } });
    const summary = await runIngest({
      sources: [{ provider: "lever", board: "vaulttec", company: "Vault-Tec", baseUrl: `${server.url}/v0/postings` }],
      sink: dbSink(handle.db),
      http: fastHttp(),
      now: NOW,
    });
    expect(summary).toMatchObject({ inserted: 1 });
    const [gh] = await handle.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.sourceId, "4012001"));
    const [lv] = await handle.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.source, "lever"));
    expect(lv?.clusterId).toBe(gh?.id);
    expect(gh?.clusterId).toBeNull();
  });
});
