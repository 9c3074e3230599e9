import { createServer } from "node:net";
import { runDailySearch } from "@vanta/server/services/daily-search/run";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";
import { dailyRuns, dailySearchDeps, SEARCH } from "./support.ts";

// Without a network every source fails as "unreachable"; the run still completes, is recorded
// with that status, and counts as the day's run.

let server: TestServer;
let closedPortUrl: string;

beforeAll(async () => {
  server = await startTestServer();
  // A port that was just free: connections to it are refused, like a machine offline.
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  closedPortUrl = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
});

describe("daily search offline", { timeout: 60_000 }, () => {
  it("records every source as unreachable and completes with status unreachable", async () => {
    const carol = await server.createUser();
    await server.caller(carol.token).searches.create.mutate(SEARCH);
    const summary = await runDailySearch(
      { db: server.runtime.db, log: server.runtime.log, ...dailySearchDeps(closedPortUrl) },
      { userId: carol.user.id },
    );
    expect(summary.status).toBe("unreachable");
    expect(summary.sources).toBeGreaterThan(3);
    expect(summary.errors).toHaveLength(summary.sources);
    expect(new Set(summary.errors.map((e) => e.code))).toEqual(new Set(["unreachable"]));
    expect(summary.inserted).toBe(0);
    const runs = await dailyRuns(server.runtime.db, carol.user.id);
    expect(runs.map((r) => r.props.status)).toEqual(["unreachable"]);
  });

  it("a user without enabled searches has nothing to run", async () => {
    const dave = await server.createUser();
    const summary = await runDailySearch(
      { db: server.runtime.db, log: server.runtime.log, env: {} },
      { userId: dave.user.id },
    );
    expect(summary).toMatchObject({ status: "no_searches", sources: 0 });
    expect(await dailyRuns(server.runtime.db, dave.user.id)).toEqual([]);
  });
});
