import { findDailyRun, STALE_RUN_MS } from "@vanta/db/queries/daily-search";
import { jobDeadLetters, userEvents } from "@vanta/db/schema/observability";
import type { SourceCache } from "@vanta/server/services/daily-search/source-cache";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type QStashStandIn, startQStashServer } from "../../support/qstash-server.ts";
import type { ReplayServer } from "../../support/replay-server.ts";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";
import { dailyRuns, dailySearchDeps, SEARCH, startProviders } from "./support.ts";

// A daily run that throws after claiming its day: the claim is marked failed (not left "running"),
// the scheduler's retry re-claims it and the day's run completes; a stale "running" claim (its
// process died) is re-claimed too; deliveries that fail for good become dead letters, counted on
// /health — through the in-process scheduler's retries and through QStash's failure callback.

/** A source cache whose next `fresh()` throws: the run fails after its claim, mid-way. */
function failingCache() {
  const state = { failures: 0 };
  const cache: SourceCache & { state: typeof state } = {
    state,
    fresh() {
      if (state.failures > 0) {
        state.failures--;
        throw new Error("simulated crash after the claim");
      }
      return false;
    },
    mark() {},
  };
  return cache;
}

const health = async (server: TestServer) =>
  (await (await fetch(`${server.url}/health`)).json()) as { deadLetters: number };

let providers: ReplayServer;
beforeAll(async () => {
  providers = await startProviders();
});
afterAll(async () => {
  await providers?.close();
});

describe("daily run failures, in-process scheduler", { timeout: 90_000 }, () => {
  let server: TestServer;
  let user: TestUser;
  const cache = failingCache();

  beforeAll(async () => {
    server = await startTestServer({ dailySearch: { ...dailySearchDeps(providers.url), sourceCache: cache } });
    user = await server.createUser();
    await server.caller(user.token).searches.create.mutate(SEARCH);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("marks the failed claim, and the scheduler's retry re-claims the day and finishes it", async () => {
    cache.state.failures = 1;
    await server.runtime.ports.scheduler.publish({
      destinationPath: "/jobs/daily-search",
      body: { userId: user.user.id },
    });
    await vi.waitFor(
      async () => {
        const [run] = await dailyRuns(server.runtime.db, user.user.id);
        expect(run?.props.status).toBe("failed");
      },
      { timeout: 10_000, interval: 50 },
    );
    const [failed] = await dailyRuns(server.runtime.db, user.user.id);
    expect(failed?.props.error).toBe("simulated crash after the claim");
    // the in-process scheduler retries a 5xx after 5 s; the retry runs the day instead of already_ran
    await vi.waitFor(
      async () => {
        const runs = await dailyRuns(server.runtime.db, user.user.id);
        expect(runs).toHaveLength(1);
        expect(runs[0]?.props.status).toBe("partial"); // arbeitnow answers 503 in the replay
      },
      { timeout: 20_000, interval: 200 },
    );
    const [done] = await dailyRuns(server.runtime.db, user.user.id);
    expect(done?.id).toBe(failed?.id);
    expect(done?.props.attempts).toBe(2);
    expect((done?.props.scored as number) > 0).toBe(true);
    expect((await health(server)).deadLetters).toBe(0);
  });

  it("re-claims a run left 'running' for longer than 15 minutes, never a fresh one", async () => {
    const other = await server.createUser();
    await server.caller(other.token).searches.create.mutate(SEARCH);
    const db = server.runtime.db;
    const { runDailySearch } = await import("@vanta/server/services/daily-search/run");
    const deps = { db, log: server.runtime.log, ...dailySearchDeps(providers.url) };
    const first = await runDailySearch(deps, { userId: other.user.id });
    expect(first.status).not.toBe("already_ran");
    const localDay = first.localDay as string;
    // as if its process died mid-run a minute ago: still too fresh to take over
    const runningSince = async (ms: number) =>
      db
        .update(userEvents)
        .set({
          props: sql`${userEvents.props} || ${JSON.stringify({ status: "running", startedAt: new Date(Date.now() - ms).toISOString() })}::jsonb`,
        })
        .where(eq(userEvents.id, first.eventId as string));
    await runningSince(60_000);
    expect((await runDailySearch(deps, { userId: other.user.id })).status).toBe("already_ran");
    await runningSince(STALE_RUN_MS + 60_000);
    const retried = await runDailySearch(deps, { userId: other.user.id });
    expect(retried.status).not.toBe("already_ran");
    expect(retried.eventId).toBe(first.eventId);
    expect((await findDailyRun(db, other.user.id, localDay))?.props.status).toBe(retried.status);
    // a finished run is never re-claimed
    expect((await runDailySearch(deps, { userId: other.user.id })).status).toBe("already_ran");
  });

  it("a delivery refused for good (4xx) becomes a dead letter at once, counted on /health", async () => {
    await server.runtime.ports.scheduler.publish({
      destinationPath: "/jobs/daily-search",
      body: { userId: "not-a-uuid" },
    });
    await vi.waitFor(async () => expect((await health(server)).deadLetters).toBe(1), { timeout: 10_000, interval: 50 });
    const [row] = await server.runtime.db.select().from(jobDeadLetters);
    expect(row).toMatchObject({
      source: "in-process",
      path: "/jobs/daily-search",
      status: 400,
      body: { userId: "not-a-uuid" },
    });
    expect(row?.userId).toBeNull();
  });

  it("refuses an unsigned dead-letter report", async () => {
    const res = await fetch(`${server.url}/jobs/dead-letter`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ url: "/jobs/daily-search" }),
    });
    expect(res.status).toBe(401);
    expect((await health(server)).deadLetters).toBe(1);
  });
});

describe("daily run failures, QStash", { timeout: 60_000 }, () => {
  const keys = { current: "sig_current_dl", next: "sig_next_dl" };
  let qstash: QStashStandIn;
  let server: TestServer;
  let user: TestUser;
  const cache = failingCache();

  beforeAll(async () => {
    qstash = await startQStashServer({ token: "qstash_dl_token", currentSigningKey: keys.current });
    server = await startTestServer({
      env: {
        QSTASH_TOKEN: "qstash_dl_token",
        QSTASH_URL: qstash.url,
        QSTASH_CURRENT_SIGNING_KEY: keys.current,
        QSTASH_NEXT_SIGNING_KEY: keys.next,
      },
      dailySearch: { ...dailySearchDeps(providers.url), sourceCache: cache },
    });
    user = await server.createUser();
    await server.caller(user.token).searches.create.mutate(SEARCH);
  });
  afterAll(async () => {
    await server?.close();
    await qstash?.close();
  });

  it("schedules carry the signed failure callback; a failed run is reported there, and the next delivery runs the day", async () => {
    const scheduleId = `daily-search-${user.user.id}`;
    expect(qstash.schedules.get(scheduleId)?.failureCallback).toBe(`${server.url}/jobs/dead-letter`);
    cache.state.failures = 1;
    const failed = await qstash.trigger(scheduleId);
    expect(failed.status).toBe(500);
    expect(failed.callbackStatus).toBe(200);
    const [letter] = await server.runtime.db.select().from(jobDeadLetters);
    expect(letter).toMatchObject({
      source: "qstash",
      userId: user.user.id,
      path: "/jobs/daily-search",
      status: 500,
      messageId: failed.messageId,
      body: { userId: user.user.id },
    });
    expect((await health(server)).deadLetters).toBe(1);
    expect((await dailyRuns(server.runtime.db, user.user.id))[0]?.props.status).toBe("failed");

    const again = await qstash.trigger(scheduleId);
    expect(again.status).toBe(200);
    const runs = await dailyRuns(server.runtime.db, user.user.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.props.status).toBe("partial");
  });
});
