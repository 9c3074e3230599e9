import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type QStashStandIn, signQStashJwt, startQStashServer } from "../../support/qstash-server.ts";
import type { ReplayServer } from "../../support/replay-server.ts";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";
import { dailyRuns, dailySearchDeps, enrichmentCount, SEARCH, startProviders } from "./support.ts";

// The QStash path end to end: searches.create upserts the user's schedule on the QStash stand-in,
// a triggered (signed) delivery reaches POST /jobs/daily-search and runs the search against the
// local replay providers; unsigned, tampered and malformed deliveries are refused.

const keys = { current: "sig_current_daily", next: "sig_next_daily" };
let qstash: QStashStandIn;
let providers: ReplayServer;
let server: TestServer;
let alice: TestUser;
let searchId: string;

beforeAll(async () => {
  qstash = await startQStashServer({ token: "qstash_daily_token", currentSigningKey: keys.current });
  providers = await startProviders();
  server = await startTestServer({
    env: {
      QSTASH_TOKEN: "qstash_daily_token",
      QSTASH_URL: qstash.url,
      QSTASH_CURRENT_SIGNING_KEY: keys.current,
      QSTASH_NEXT_SIGNING_KEY: keys.next,
    },
    dailySearch: dailySearchDeps(providers.url),
  });
  alice = await server.createUser();
  const api = server.caller(alice.token);
  await api.profile.update.mutate({ timezone: "Europe/Paris", digestTime: "07:30" });
  searchId = (await api.searches.create.mutate(SEARCH)).id;
});

afterAll(async () => {
  await server?.close();
  await qstash?.close();
  await providers?.close();
});

const endpoint = () => `${server.url}/jobs/daily-search`;
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(endpoint(), { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } });
const signed = (body: string, key = keys.current) =>
  post(body, { "Upstash-Signature": signQStashJwt(key, endpoint(), body) });

describe("daily search over QStash", { timeout: 60_000 }, () => {
  it("searches.create upserts the user's daily schedule: digest time as cron, in their time zone", () => {
    expect(server.runtime.adapters.scheduler).toBe("qstash");
    const schedule = qstash.schedules.get(`daily-search-${alice.user.id}`);
    expect(schedule).toMatchObject({ destination: endpoint(), cron: "CRON_TZ=Europe/Paris 30 7 * * *" });
    expect(JSON.parse(schedule?.body ?? "null")).toEqual({ userId: alice.user.id });
  });

  it("moves the schedule when the digest time or zone changes", async () => {
    await server.caller(alice.token).profile.update.mutate({ timezone: "America/New_York", digestTime: "06:15" });
    expect(qstash.schedules.get(`daily-search-${alice.user.id}`)?.cron).toBe("CRON_TZ=America/New_York 15 6 * * *");
    await server.caller(alice.token).profile.update.mutate({ timezone: "Europe/Paris", digestTime: "07:30" });
  });

  it("refuses unsigned, tampered and wrongly keyed deliveries with 401 (and runs nothing)", async () => {
    const body = JSON.stringify({ userId: alice.user.id });
    expect((await post(body)).status).toBe(401);
    const sig = signQStashJwt(keys.current, endpoint(), body);
    const tampered = JSON.stringify({ userId: alice.user.id, searchId });
    const res = await post(tampered, { "Upstash-Signature": sig });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
    expect((await signed(body, "some_other_key")).status).toBe(401);
    expect(await dailyRuns(server.runtime.db, alice.user.id)).toEqual([]);
    expect(providers.requests).toEqual([]);
  });

  it("answers 400 to signed bodies that are not a valid job", async () => {
    for (const body of ["not json", "{}", JSON.stringify({ userId: "alice" }), JSON.stringify({ userId: 5 })]) {
      const res = await signed(body);
      expect(res.status, body).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    }
  });

  it("a signature made with the next signing key is accepted too (key rotation)", async () => {
    const res = await signed(JSON.stringify({ userId: "00000000-0000-4000-8000-000000000000" }), keys.next);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "no_searches" });
  });

  it("a triggered schedule runs the search: sources from the saved search, postings scored for the user", async () => {
    const delivery = await qstash.trigger(`daily-search-${alice.user.id}`);
    expect(delivery.status).toBe(200);
    const runs = await dailyRuns(server.runtime.db, alice.user.id);
    expect(runs).toHaveLength(1);
    const props = runs[0]?.props ?? {};
    expect(props).toMatchObject({ status: "partial", kind: "daily_search", searchIds: [searchId] });
    // The saved board and the keyword feeds were fetched from the replay server.
    const paths = providers.requests.map((r) => r.path);
    expect(paths).toContain("/gh/vaulttec/jobs");
    expect(providers.requests.find((r) => r.path === "/remotive")?.query.get("search")).toBe("rails");
    expect(props.inserted).toBeGreaterThanOrEqual(3);
    expect(props.scored).toBe(props.inserted);
    expect(await enrichmentCount(server.runtime.db, alice.user.id)).toBe(props.inserted);
    // The failing feed is recorded with its error; it did not fail the run.
    const errors = props.errors as { provider: string; board: string | null; code: string }[];
    expect(errors).toContainEqual(expect.objectContaining({ provider: "arbeitnow", code: "http_status" }));
    expect(errors.some((e) => e.provider === "greenhouse" && e.board === "vaulttec")).toBe(false);
  });
});

describe("daily search over QStash, repeated", { timeout: 60_000 }, () => {
  it("a second delivery the same local day answers the first run's counts and records nothing new", async () => {
    const [first] = await dailyRuns(server.runtime.db, alice.user.id);
    const requests = providers.requests.length;
    const res = await signed(JSON.stringify({ userId: alice.user.id }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "already_ran", eventId: first?.id, inserted: first?.props.inserted });
    expect(await dailyRuns(server.runtime.db, alice.user.id)).toHaveLength(1);
    expect(providers.requests.length).toBe(requests);
  });
});
