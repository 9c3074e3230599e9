import { MemoryValidatorStore } from "@vanta/server/ingest/http";
import { runIngest } from "@vanta/server/ingest/run";
import { MemorySink } from "@vanta/server/ingest/sink";
import { afterEach, describe, expect, it } from "vitest";
import { type ReplayServer, startReplayServer } from "../../support/replay-server.ts";
import { fastHttp, fixture, NOW } from "./fixtures.ts";

let server: ReplayServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const gh = (board: string) => ({ provider: "greenhouse" as const, board, baseUrl: `${server?.url}/v1/boards` });

describe("runIngest", () => {
  it("records a failing source with its error and still ingests the others", async () => {
    server = await startReplayServer({
      "/v1/boards/good/jobs": { body: fixture("greenhouse", "board.json") },
      "/v1/boards/down/jobs": { status: 503 },
      "/v1/boards/garbled/jobs": { body: "<html>oops" },
      "/v1/boards/wrong/jobs": { body: { positions: [] } },
      "/v1/boards/empty/jobs": { body: { jobs: [], meta: { total: 0 } } },
    });
    const sink = new MemorySink();
    const summary = await runIngest({
      sources: [gh("down"), gh("good"), gh("garbled"), gh("wrong"), gh("empty")],
      sink: sink.write,
      http: fastHttp({ retries: 1 }),
      now: NOW,
    });
    expect(summary.sources.map((s) => [s.board, s.ok, s.errorCode ?? null])).toEqual([
      ["down", false, "http_status"],
      ["good", true, null],
      ["garbled", false, "invalid_json"],
      ["wrong", false, "invalid_response"],
      ["empty", true, null],
    ]);
    expect(summary.sources[3]?.error).toContain("jobs");
    expect(summary).toMatchObject({ fetched: 4, normalized: 2, inserted: 2, rejectedCount: 2 });
    expect(sink.size).toBe(2);
  });

  it("keeps postings from pages fetched before a later page failed", async () => {
    server = await startReplayServer({
      "/v0/postings/co": (req) =>
        req.query.get("skip") === "0" ? { body: fixture("lever", "page-1.json") } : { status: 500 },
    });
    const sink = new MemorySink();
    const summary = await runIngest({
      sources: [{ provider: "lever", board: "co", baseUrl: `${server.url}/v0/postings` }],
      sink: sink.write,
      http: fastHttp({ retries: 0 }),
      now: NOW,
      pageSize: 2,
    });
    expect(summary.sources[0]).toMatchObject({ ok: false, errorCode: "http_status", pages: 1, fetched: 2 });
    expect(summary.inserted).toBe(2);
  });

  it("counts repeats within a run and across runs as duplicates, changes as updates", async () => {
    const board = fixture("greenhouse", "board.json") as { jobs: Array<Record<string, unknown>> };
    let version = 1;
    server = await startReplayServer({
      // run 2 retitles one job on board a
      "/v1/boards/a/jobs": () => ({
        body: {
          jobs: board.jobs.map((j) =>
            j.id === 4012002 && version === 2 ? { ...j, title: "Lead Security Engineer" } : j,
          ),
        },
      }),
      // the same jobs listed again on other boards: same source ids and canonical URLs
      "/v1/boards/b/jobs": () => ({ body: board }),
      "/v1/boards/c/jobs": () => ({ body: { jobs: [board.jobs[1]] } }),
    });
    const sink = new MemorySink();
    const run = () => runIngest({ sources: [gh("a"), gh("b"), gh("c")], sink: sink.write, http: fastHttp(), now: NOW });
    const first = await run();
    expect(first).toMatchObject({ inserted: 2, updated: 0, duplicates: 3 });
    version = 2;
    const second = await run();
    expect(second).toMatchObject({ inserted: 0, updated: 1, duplicates: 4 });
    expect(sink.size).toBe(2);
    expect([...sink.byKey.values()].map((p) => p.title).sort()).toEqual([
      "Lead Security Engineer",
      "Senior Backend Engineer",
    ]);
  });

  it("reports a sink failure on the source", async () => {
    server = await startReplayServer({ "/v1/boards/a/jobs": { body: fixture("greenhouse", "board.json") } });
    const summary = await runIngest({
      sources: [gh("a")],
      sink: async () => {
        throw new Error("database is read-only");
      },
      http: fastHttp(),
      now: NOW,
    });
    expect(summary.sources[0]).toMatchObject({ ok: false, errorCode: "sink" });
    expect(summary.sources[0]?.error).toContain("database is read-only");
  });

  it("marks an unchanged board (304) as not modified", async () => {
    server = await startReplayServer({
      "/v1/boards/a/jobs": (req) =>
        req.headers["if-none-match"]
          ? { status: 304 }
          : { headers: { etag: 'W/"1"' }, body: fixture("greenhouse", "board.json") },
    });
    const http = fastHttp({ validators: new MemoryValidatorStore() });
    const sink = new MemorySink();
    await runIngest({ sources: [gh("a")], sink: sink.write, http, now: NOW });
    const again = await runIngest({ sources: [gh("a")], sink: sink.write, http, now: NOW });
    expect(again.sources[0]).toMatchObject({ ok: true, notModified: true, fetched: 0 });
    expect(again.fetched).toBe(0);
  });

  it("rejects a source that needs a board or names an unknown provider", async () => {
    const summary = await runIngest({
      sources: [{ provider: "lever" }, { provider: "monster" as never, board: "x" }],
      sink: new MemorySink().write,
      http: fastHttp(),
    });
    expect(summary.sources.map((s) => s.errorCode)).toEqual(["bad_source", "bad_source"]);
  });
});
