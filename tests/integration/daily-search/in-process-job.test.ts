import { jobPostings } from "@vanta/db/schema/postings";
import { searchPrefs } from "@vanta/db/schema/searches";
import { IN_PROCESS_SIGNATURE_HEADER } from "@vanta/server/ports/scheduler/in-process";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ReplayServer } from "../../support/replay-server.ts";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";
import { dailyRuns, dailySearchDeps, enrichmentCount, SEARCH, startProviders } from "./support.ts";

// The embedded default: the in-process scheduler delivers to the same POST /jobs/daily-search
// (HMAC-signed), the run scores the new postings for the user, and a second delivery the same
// local day changes nothing.

let providers: ReplayServer;
let server: TestServer;
let bob: TestUser;

type WithNextRuns = { nextRuns(): Record<string, string | null> };

beforeAll(async () => {
  providers = await startProviders();
  server = await startTestServer({ dailySearch: dailySearchDeps(providers.url) });
  bob = await server.createUser();
  const api = server.caller(bob.token);
  await api.profile.update.mutate({ timezone: "Asia/Tokyo", digestTime: "09:05" });
  await api.searches.create.mutate(SEARCH);
});

afterAll(async () => {
  await server?.close();
  await providers?.close();
});

const postingCount = async () =>
  (await server.runtime.db.select({ n: sql<number>`count(*)::int` }).from(jobPostings))[0]?.n ?? 0;

/** Delivers through the in-process scheduler and waits until the run has finished. */
async function deliver(userId: string, runsBefore: number) {
  await server.runtime.ports.scheduler.publish({ destinationPath: "/jobs/daily-search", body: { userId } });
  await vi.waitFor(
    async () => {
      const runs = await dailyRuns(server.runtime.db, userId);
      expect(runs.length).toBeGreaterThan(0);
      expect(runs[0]?.props.status).not.toBe("running");
      if (runsBefore > 0)
        expect(server.logs.filter((l) => l.msg === "scheduler delivered").length).toBe(runsBefore + 1);
    },
    { timeout: 30_000, interval: 100 },
  );
  return dailyRuns(server.runtime.db, userId);
}

describe("daily search with the in-process scheduler", { timeout: 60_000 }, () => {
  it("arms the user's schedule on searches.create (cron from the digest time, next run in their zone)", async () => {
    expect(server.runtime.adapters.scheduler).toBe("in-process");
    const next = (server.runtime.ports.scheduler as unknown as WithNextRuns).nextRuns()[`daily-search-${bob.user.id}`];
    expect(next).toBeTruthy();
    // 09:05 in Tokyo (UTC+9, no DST) is 00:05 UTC.
    expect(next).toMatch(/T00:05:00\.000Z$/);
    const [row] = await server.runtime.db.select().from(searchPrefs).where(eq(searchPrefs.userId, bob.user.id));
    expect(row).toMatchObject({
      cron: "5 9 * * *",
      timezone: "Asia/Tokyo",
      scheduleRef: `daily-search-${bob.user.id}`,
    });
    expect(row?.nextRunAt?.toISOString()).toBe(next);
  });

  it("rejects a forged in-process signature with 401", async () => {
    const res = await server.runtime.app.request("/jobs/daily-search", {
      method: "POST",
      body: JSON.stringify({ userId: bob.user.id }),
      headers: { [IN_PROCESS_SIGNATURE_HEADER]: "ab".repeat(32), "Content-Type": "application/json" },
    });
    expect(res.status).toBe(401);
  });

  it("runs the same handler: new postings are scored for the user and show in feed.list", async () => {
    expect(await enrichmentCount(server.runtime.db, bob.user.id)).toBe(0);
    const runs = await deliver(bob.user.id, 0);
    expect(runs).toHaveLength(1);
    const props = runs[0]?.props ?? {};
    expect(props.inserted).toBeGreaterThan(0);
    expect(await enrichmentCount(server.runtime.db, bob.user.id)).toBe(props.inserted);
    const feed = await server.caller(bob.token).feed.list.query({ limit: 50 });
    const titles = feed.items.map((i) => i.posting.title);
    expect(titles).toEqual(expect.arrayContaining(["Senior Backend Engineer", "Tech Lead Full-Stack Rails Engineer"]));
    // Keyword feeds keep only postings that mention a keyword.
    expect(titles).not.toContain("Customer Service Rep");
    expect(props.filtered).toBeGreaterThan(0);
    const [row] = await server.runtime.db.select().from(searchPrefs).where(eq(searchPrefs.userId, bob.user.id));
    expect(row?.lastRunAt).not.toBeNull();
  });

  it("a second delivery the same local day neither refetches nor duplicates", async () => {
    const requests = providers.requests.length;
    const postings = await postingCount();
    const enriched = await enrichmentCount(server.runtime.db, bob.user.id);
    const runs = await deliver(bob.user.id, 1);
    expect(runs).toHaveLength(1);
    expect(providers.requests.length).toBe(requests);
    expect(await postingCount()).toBe(postings);
    expect(await enrichmentCount(server.runtime.db, bob.user.id)).toBe(enriched);
  });

  it("a restarted server re-arms the schedules of users with enabled searches", async () => {
    const again = await startTestServer({ db: server.runtime.dbHandle, dailySearch: dailySearchDeps(providers.url) });
    try {
      const runs = (again.runtime.ports.scheduler as unknown as WithNextRuns).nextRuns();
      expect(runs[`daily-search-${bob.user.id}`]).toMatch(/T00:05:00\.000Z$/);
    } finally {
      await again.close();
    }
  });

  it("deleting the last saved search removes the schedule", async () => {
    const api = server.caller(bob.token);
    const [search] = await api.searches.list.query();
    await api.searches.delete.mutate({ id: search?.id ?? "" });
    const runs = (server.runtime.ports.scheduler as unknown as WithNextRuns).nextRuns();
    expect(runs[`daily-search-${bob.user.id}`]).toBeUndefined();
  });
});
