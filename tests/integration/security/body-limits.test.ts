import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";
import { rawRequest } from "./raw-http.ts";

// Issue 12, finding 6: /jobs/* read a 20 MB body whole before refusing its bogus signature.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("body limits outside /trpc", () => {
  it("a 20 MB job delivery is refused with 413 before the signature is checked", async () => {
    const verify = vi.spyOn(server.runtime.services.scheduler, "verifyRequest");
    try {
      const res = await fetch(`${server.url}/jobs/daily-search`, {
        method: "POST",
        headers: { "content-type": "application/json", "upstash-signature": "bogus" },
        body: "x".repeat(20 * 1024 * 1024),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
      expect(verify).not.toHaveBeenCalled();
    } finally {
      verify.mockRestore();
    }
  });

  it("a chunked body without Content-Length is cut off too", async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 120);
    const res = await rawRequest(server.url, "/jobs/daily-search", {
      method: "POST",
      headers: { "transfer-encoding": "chunked", "content-type": "application/json" },
      body: big,
    });
    expect(res.status).toBe(413);
  });

  it("every other route refuses a big body as well", async () => {
    for (const path of ["/digest/unsubscribe?t=x", "/no/such/route", "/health"]) {
      const res = await fetch(`${server.url}${path}`, { method: "POST", body: "x".repeat(100 * 1024) });
      expect(res.status, path).toBe(413);
    }
  });

  it("a normal small job delivery still reaches the signature check", async () => {
    const res = await fetch(`${server.url}/jobs/daily-search`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ userId: crypto.randomUUID() }),
    });
    expect(res.status).toBe(401);
  });
});
