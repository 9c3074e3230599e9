import { loadConfig } from "@vanta/server/config";
import { resolveClientIp } from "@vanta/server/http/client-ip";
import { TRPC_MAX_BATCH } from "@vanta/shared/api/batch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";

// Issue 12, finding 7: the attempt limiter checked before it recorded, so 60 wrong pairing codes sent
// at once (one tRPC batch) were all answered; behind a proxy every client shared one bucket.

type Answer = { error?: { json?: { data?: { code?: string } }; data?: { code?: string } } };
const codeOf = (a: Answer) => a.error?.data?.code ?? (a.error ? "ERROR" : "OK");

/** `n` auth.pair calls with wrong codes in one batched POST. */
function pairBatch(url: string, n: number, headers: Record<string, string> = {}) {
  const paths = Array.from({ length: n }, () => "auth.pair").join(",");
  const body = Object.fromEntries(
    Array.from({ length: n }, (_, i) => [i, { code: `ZZZZZZ${String(i).padStart(2, "0")}`.slice(0, 8) }]),
  );
  return fetch(`${url}/trpc/${paths}?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

describe("failed-attempt limits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ failedAuthLimit: 10, env: { TRUSTED_PROXIES: "127.0.0.1" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("a batch larger than the cap is refused whole", async () => {
    const res = await pairBatch(server.url, 60, { "x-forwarded-for": "198.51.100.1" });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain("Batch call exceeds maximum size");
    expect(text).not.toContain("UNAUTHORIZED");
  });

  it("concurrent wrong codes get at most the budget of real answers (recorded before checked)", async () => {
    const headers = { "x-forwarded-for": "198.51.100.2" };
    const batches = await Promise.all(
      Array.from({ length: 3 }, () => pairBatch(server.url, TRPC_MAX_BATCH, headers).then((r) => r.json())),
    );
    const codes = (batches.flat() as Answer[]).map(codeOf);
    expect(codes).toHaveLength(3 * TRPC_MAX_BATCH);
    expect(codes.filter((c) => c === "UNAUTHORIZED")).toHaveLength(10);
    expect(codes.filter((c) => c === "TOO_MANY_REQUESTS")).toHaveLength(3 * TRPC_MAX_BATCH - 10);
  });

  it("behind a trusted proxy each client has its own bucket: one guesser does not lock out others", async () => {
    const guesser = { "x-forwarded-for": "198.51.100.3" };
    for (let i = 0; i < 11; i++) await pairBatch(server.url, 1, guesser);
    const locked = (await (await pairBatch(server.url, 1, guesser)).json()) as Answer[];
    expect(codeOf(locked[0] as Answer)).toBe("TOO_MANY_REQUESTS");

    const { code } = await server.pairingCode();
    const res = await fetch(`${server.url}/trpc/auth.pair`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
      body: JSON.stringify({ code }),
    });
    expect(res.status).toBe(200);
  });

  it("a right code does not spend the budget (only failures count)", async () => {
    const headers = { "content-type": "application/json", "x-forwarded-for": "198.51.100.4" };
    for (let i = 0; i < 12; i++) {
      const { code } = await server.pairingCode();
      const res = await fetch(`${server.url}/trpc/auth.pair`, {
        method: "POST",
        headers,
        body: JSON.stringify({ code }),
      });
      expect(res.status, `pairing ${i}`).toBe(200);
    }
  });
});

describe("without TRUSTED_PROXIES, X-Forwarded-For is ignored", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ failedAuthLimit: 3 });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("a guesser cannot mint fresh buckets by rotating the header", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const [a] = (await (await pairBatch(server.url, 1, { "x-forwarded-for": `192.0.2.${i}` })).json()) as Answer[];
      codes.push(codeOf(a as Answer));
    }
    expect(codes).toEqual(["UNAUTHORIZED", "UNAUTHORIZED", "UNAUTHORIZED", "TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS"]);
  });
});

describe("resolveClientIp", () => {
  it("believes X-Forwarded-For only from trusted proxies, walking from the right", () => {
    expect(resolveClientIp("203.0.113.1", "1.2.3.4", [])).toBe("203.0.113.1");
    expect(resolveClientIp("10.0.0.5", "1.2.3.4", ["10.0.0.0/8"])).toBe("1.2.3.4");
    // A client-sent entry on the left is not believed: the first untrusted from the right is.
    expect(resolveClientIp("10.0.0.5", "6.6.6.6, 1.2.3.4, 10.0.0.9", ["10.0.0.0/8"])).toBe("1.2.3.4");
    expect(resolveClientIp("10.0.0.5", null, ["10.0.0.0/8"])).toBe("10.0.0.5");
    expect(resolveClientIp("::ffff:127.0.0.1", "1.2.3.4", ["127.0.0.1"])).toBe("1.2.3.4");
    expect(resolveClientIp("fd00::1", "2001:db8::7", ["fd00::/8"])).toBe("2001:db8::7");
    expect(resolveClientIp("fe80::1", "2001:db8::7", ["fd00::/8"])).toBe("fe80::1");
    expect(resolveClientIp("10.0.0.5", "garbage, 1.2.3.4", ["*"])).toBe("1.2.3.4");
  });
});

it("TRUSTED_PROXIES is validated", () => {
  expect(loadConfig({ TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1, fd00::/8" }).trustedProxies).toEqual([
    "10.0.0.0/8",
    "127.0.0.1",
    "fd00::/8",
  ]);
  expect(loadConfig({}).trustedProxies).toEqual([]);
  expect(() => loadConfig({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
  expect(() => loadConfig({ TRUSTED_PROXIES: "proxy.example" })).toThrow(/TRUSTED_PROXIES/);
});
