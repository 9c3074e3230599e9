import { createServer } from "node:net";
import { IngestError } from "@vanta/server/ingest/errors";
import { MemoryValidatorStore } from "@vanta/server/ingest/http";
import { afterEach, describe, expect, it } from "vitest";
import { type ReplayServer, type Route, startReplayServer } from "../../support/replay-server.ts";
import { fastHttp } from "./fixtures.ts";

let server: ReplayServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(routes: Record<string, Route>) {
  server = await startReplayServer(routes);
  return server;
}

async function failure(p: Promise<unknown>): Promise<IngestError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(IngestError);
  return err as IngestError;
}

describe("HttpClient retries", () => {
  it("waits for Retry-After (seconds) on 429, capped, then succeeds", async () => {
    const s = await serve({
      "/jobs": [
        { status: 429, headers: { "retry-after": "30" }, body: { error: "slow down" } },
        { body: { jobs: [] } },
      ],
    });
    const http = fastHttp({ retryAfterCapMs: 120 });
    const res = await http.getJson(`${s.url}/jobs`);
    expect(res).toMatchObject({ status: "ok", data: { jobs: [] }, attempts: 2 });
    const gap = (s.requests[1]?.at ?? 0) - (s.requests[0]?.at ?? 0);
    // 30 s asked, capped to 120 ms
    expect(gap).toBeGreaterThanOrEqual(100);
    expect(gap).toBeLessThan(5_000);
  });

  it("reads Retry-After as an HTTP date", async () => {
    const s = await serve({
      "/jobs": (_req, hit) =>
        hit === 0
          ? { status: 503, headers: { "retry-after": new Date(Date.now() + 5_000).toUTCString() } }
          : { body: [] },
    });
    const res = await fastHttp({ retryAfterCapMs: 150 }).getJson(`${s.url}/jobs`);
    expect(res.status).toBe("ok");
    expect((s.requests[1]?.at ?? 0) - (s.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(100);
  });

  it("retries 5xx with backoff and gives up after the configured retries", async () => {
    const s = await serve({ "/a": [{ status: 500 }, { status: 502 }, { body: { ok: 1 } }], "/b": { status: 503 } });
    const http = fastHttp({ retries: 2 });
    expect(await http.getJson(`${s.url}/a`)).toMatchObject({ status: "ok", attempts: 3 });
    const err = await failure(http.getJson(`${s.url}/b`));
    expect(err.code).toBe("http_status");
    expect(err.details).toMatchObject({ status: 503, attempts: 3 });
    expect(s.hits("/b")).toBe(3);
  });

  it("does not retry other 4xx", async () => {
    const s = await serve({ "/gone": { status: 410 } });
    const err = await failure(fastHttp().getJson(`${s.url}/gone`));
    expect(err.details.status).toBe(410);
    expect(s.hits("/gone")).toBe(1);
  });

  it("times out a slow server and retries; a later fast answer wins", async () => {
    // Generous margins: the fast answer must arrive within the timeout even on a loaded machine.
    const s = await serve({
      "/slow": [{ delayMs: 4_000, body: [] }, { body: [1] }],
      "/never": { delayMs: 4_000, body: [] },
    });
    const http = fastHttp({ timeoutMs: 500, retries: 1 });
    expect(await http.getJson(`${s.url}/slow`)).toMatchObject({ status: "ok", data: [1], attempts: 2 });
    const err = await failure(http.getJson(`${s.url}/never`));
    expect(err.code).toBe("timeout");
    expect(err.message).toContain("500 ms");
  });

  it("turns a dropped connection and a closed port into network errors", async () => {
    const s = await serve({ "/drop": { hangup: true } });
    const http = fastHttp({ retries: 1 });
    expect((await failure(http.getJson(`${s.url}/drop`))).code).toBe("network");
    expect(s.hits("/drop")).toBe(2);
    const port = await closedPort();
    expect((await failure(http.getJson(`http://127.0.0.1:${port}/x`))).code).toBe("network");
  });
});

describe("HttpClient decoding", () => {
  it("strips a UTF-8 byte-order mark before parsing", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"jobs":[{"title":"Café"}]}')]);
    const s = await serve({ "/bom": { body: bytes } });
    expect(await fastHttp().getJson(`${s.url}/bom`)).toMatchObject({ data: { jobs: [{ title: "Café" }] } });
  });

  it("reports malformed JSON as a typed error without retrying", async () => {
    const s = await serve({ "/bad": { body: '{"jobs": [1, 2,' }, "/html": { body: "<html>Maintenance</html>" } });
    const err = await failure(fastHttp().getJson(`${s.url}/bad`));
    expect(err.code).toBe("invalid_json");
    expect(s.hits("/bad")).toBe(1);
    expect((await failure(fastHttp().getJson(`${s.url}/html`))).message).toContain("<html>Maintenance");
  });

  it("refuses bodies over the size limit", async () => {
    const s = await serve({ "/big": { body: { blob: "x".repeat(5_000) } } });
    expect((await failure(fastHttp({ maxBytes: 1_000 }).getJson(`${s.url}/big`))).code).toBe("invalid_response");
  });
});

describe("HttpClient conditional requests and rate limit", () => {
  it("sends If-None-Match / If-Modified-Since and reports 304 as not modified", async () => {
    const lastModified = "Tue, 17 Mar 2026 10:00:00 GMT";
    const s = await serve({
      "/board": (req) =>
        req.headers["if-none-match"] === '"v1"'
          ? { status: 304 }
          : { headers: { etag: '"v1"', "last-modified": lastModified }, body: { jobs: [] } },
    });
    const http = fastHttp({ validators: new MemoryValidatorStore() });
    expect((await http.getJson(`${s.url}/board`, { conditional: true })).status).toBe("ok");
    const second = await http.getJson(`${s.url}/board`, { conditional: true });
    expect(second.status).toBe("not_modified");
    expect(s.requests[1]?.headers["if-modified-since"]).toBe(lastModified);
    // Without `conditional` the validators are not sent.
    expect((await http.getJson(`${s.url}/board`)).status).toBe("ok");
  });

  it("spaces requests to one host by the minimum interval", async () => {
    const s = await serve({ "/r": { body: [] } });
    // Send times, taken where the client hands the request to fetch. The limiter reserves slots
    // 0, 80 and 160 ms after the first call, so the third send cannot happen before +160 ms.
    const sent: number[] = [];
    const http = fastHttp({
      minIntervalMs: 80,
      fetch: (input, init) => {
        sent.push(Date.now());
        return fetch(input, init);
      },
    });
    const start = Date.now();
    await Promise.all([http.getJson(`${s.url}/r`), http.getJson(`${s.url}/r`), http.getJson(`${s.url}/r`)]);
    expect(s.requests).toHaveLength(3);
    expect(Math.max(...sent) - start).toBeGreaterThanOrEqual(158);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
