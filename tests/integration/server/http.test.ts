import { createApp } from "@vanta/server/app";
import { VANTA_EXTENSION_ID } from "@vanta/shared/extension-id";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("GET /health", () => {
  it("is 200 on PGlite and lists the active adapters", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      db: "pglite",
      dbReachable: true,
      adapters: { email: "outbox", scheduler: "in-process", model: expect.any(String) },
      deadLetters: 0,
    });
  });
});

describe("request ids", () => {
  it("echoes a plain caller id and logs the request under it", async () => {
    const res = await fetch(`${server.url}/health`, { headers: { "X-Request-Id": "ext-12345678" } });
    expect(res.headers.get("x-request-id")).toBe("ext-12345678");
    const line = server.logs.find((l) => l.requestId === "ext-12345678" && l.msg === "request");
    expect(line).toMatchObject({ method: "GET", path: "/health", status: 200, level: "info" });
  });

  it("replaces an unsafe id with a fresh one", async () => {
    const res = await fetch(`${server.url}/health`, { headers: { "X-Request-Id": "bad id <script>" } });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("puts the id on error responses too", async () => {
    const res = await fetch(`${server.url}/nope`, { headers: { "X-Request-Id": "trace-abcdefgh" } });
    expect(res.headers.get("x-request-id")).toBe("trace-abcdefgh");
  });
});

describe("CORS", () => {
  it("answers a preflight from the extension's chrome-extension origin", async () => {
    const res = await fetch(`${server.url}/trpc/auth.me`, {
      method: "OPTIONS",
      headers: {
        Origin: `chrome-extension://${VANTA_EXTENSION_ID}`,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(`chrome-extension://${VANTA_EXTENSION_ID}`);
    expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
  });

  it("allows a moz-extension origin on a real request and exposes the request id", async () => {
    const res = await fetch(`${server.url}/trpc/auth.me`, { headers: { Origin: "moz-extension://0f1e2d3c-aaaa" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("moz-extension://0f1e2d3c-aaaa");
    expect(res.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
  });

  it("gives a web page origin no CORS headers", async () => {
    const res = await fetch(`${server.url}/health`, { headers: { Origin: "https://evil.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("errors", () => {
  it("unknown routes get a JSON 404 in the one error shape", async () => {
    const res = await fetch(`${server.url}/no/such/route`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("NOT_FOUND");
    expect(body.error.requestId).toBe(res.headers.get("x-request-id"));
  });

  it("unknown procedures are a tRPC NOT_FOUND", async () => {
    const res = await fetch(`${server.url}/trpc/nope.nothing`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { data: { code: string } } };
    expect(body.error.data.code).toBe("NOT_FOUND");
  });

  it("an internal error returns code, message and request id, no stack; the log has the details", async () => {
    const boom = new Hono();
    boom.get("/boom", () => {
      throw new Error("secret detail at /internal/path.ts:12");
    });
    const app = createApp({ ...server.runtime, extraRoutes: [{ path: "/", app: boom }] });
    const res = await app.request("/boom", { headers: { "X-Request-Id": "boom-12345678" } });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error", requestId: "boom-12345678" },
    });
    expect(text).not.toContain("secret detail");
    expect(text).not.toContain(".ts:");
    const logged = server.logs.find((l) => l.requestId === "boom-12345678" && l.msg === "unhandled error");
    expect(JSON.stringify(logged)).toContain("secret detail");
  });

  it("a dead database: /health is 503 and procedures fail with a formatted 500 without stack", async () => {
    const db = await createTestDb();
    const broken = await startTestServer({ db });
    try {
      const { token } = await broken.createUser();
      await db.close();
      const health = await fetch(`${broken.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: "unavailable", dbReachable: false, db: "pglite" });

      const res = await fetch(`${broken.url}/trpc/auth.me`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(500);
      const text = await res.text();
      const body = JSON.parse(text) as { error: { message: string; data: Record<string, unknown> } };
      expect(body.error.message).toBe("Internal server error");
      expect(body.error.data.code).toBe("INTERNAL_SERVER_ERROR");
      // No context exists when the session lookup fails, so the id travels in the header and the log.
      const requestId = res.headers.get("x-request-id");
      expect(requestId).toBeTruthy();
      expect(broken.logs.some((l) => l.requestId === requestId && l.msg === "request context failed")).toBe(true);
      expect(text).not.toMatch(/stack|\.ts:\d|node_modules/);
    } finally {
      await broken.close();
    }
  });
});

describe("body limits", () => {
  it("refuses a tRPC body over 16 MB with 413 in the one error shape", async () => {
    const res = await fetch(`${server.url}/trpc/auth.requestMagicLink`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "x".repeat(17 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");
  });
});

describe("auth pages", () => {
  it("refuse an oversized sign-in form before parsing it", async () => {
    const res = await fetch(`${server.url}/auth/magic`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `token=${"a".repeat(20_000)}`,
    });
    expect(res.status).toBe(413);
  });

  it("escape what they echo", async () => {
    const res = await fetch(`${server.url}/pair?code=${encodeURIComponent("<script>x</script>")}`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain("<script>");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });
});

describe("dev outbox", () => {
  it("is mounted when the outbox is the email adapter", async () => {
    const res = await fetch(`${server.url}/dev/outbox`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
  });
});
