import { loadConfig } from "@vanta/server/config";
import { VANTA_EXTENSION_ID } from "@vanta/shared/extension-id";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";
import { rawRequest } from "./raw-http.ts";

// Issue 12, finding 2: /dev/outbox handed sign-in links to any Host (DNS rebinding, HOST=0.0.0.0),
// and CORS echoed any chrome-extension:// origin on every route.

let server: TestServer;
const port = () => new URL(server.url).port;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("Host allow-list", () => {
  it("refuses a request whose Host is not this server (DNS rebinding)", async () => {
    for (const path of ["/dev/outbox", "/trpc/auth.me", "/pair?code=ABCDEFGH"]) {
      const res = await rawRequest(server.url, path, { headers: { Host: `rebind.attacker.example:${port()}` } });
      expect(res.status, path).toBe(421);
      expect(JSON.parse(res.body).error.code).toBe("HOST_NOT_ALLOWED");
    }
  });

  it("a rebinding page cannot request a magic link through the server", async () => {
    const res = await rawRequest(server.url, "/trpc/auth.requestMagicLink", {
      method: "POST",
      headers: { Host: `rebind.attacker.example:${port()}`, "content-type": "application/json" },
      body: JSON.stringify({ email: "local@vanta.localhost" }),
    });
    expect(res.status).toBe(421);
  });

  it("accepts the loopback names", async () => {
    for (const host of [`127.0.0.1:${port()}`, `localhost:${port()}`, `[::1]:${port()}`]) {
      const res = await rawRequest(server.url, "/dev/outbox", { headers: { Host: host } });
      expect(res.status, host).toBe(200);
    }
  });

  it("accepts PUBLIC_URL's host and ALLOWED_HOSTS, but /dev stays loopback-only", async () => {
    const cloud = await startTestServer({
      env: { PUBLIC_URL: "https://vanta.example.com", ALLOWED_HOSTS: "internal.lb.example" },
    });
    try {
      for (const host of ["vanta.example.com", "internal.lb.example:8080"]) {
        const trpc = await rawRequest(cloud.url, "/trpc/auth.me", { headers: { Host: host } });
        expect(trpc.status, host).toBe(401); // reached the router: not signed in
        const dev = await rawRequest(cloud.url, "/dev/outbox", { headers: { Host: host } });
        expect(dev.status, host).toBe(404);
      }
    } finally {
      await cloud.close();
    }
  });

  it("validates ALLOWED_HOSTS", () => {
    expect(loadConfig({ ALLOWED_HOSTS: "a.example, b.example:8080" }).allowedHosts).toEqual(
      expect.arrayContaining(["a.example", "b.example", "127.0.0.1", "localhost", "[::1]"]),
    );
    expect(() => loadConfig({ ALLOWED_HOSTS: "http://a.example/x" })).toThrow(/ALLOWED_HOSTS/);
  });
});

describe("/dev/outbox", () => {
  it("is not served when the server binds a non-loopback address", async () => {
    const open = await startTestServer({ env: { HOST: "0.0.0.0" } });
    try {
      const res = await rawRequest(open.url, "/dev/outbox", {
        headers: { Host: `127.0.0.1:${new URL(open.url).port}` },
      });
      expect(res.status).toBe(404);
    } finally {
      await open.close();
    }
  });
});

describe("CORS", () => {
  const ours = `chrome-extension://${VANTA_EXTENSION_ID}`;
  const preflight = (origin: string, path = "/trpc/auth.me") =>
    fetch(`${server.url}${path}`, {
      method: "OPTIONS",
      headers: {
        Origin: origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization",
      },
    });

  it("answers the extension's own origin on /trpc", async () => {
    const res = await preflight(ours);
    expect(res.headers.get("access-control-allow-origin")).toBe(ours);
  });

  it("gives another extension's origin nothing", async () => {
    const res = await preflight("chrome-extension://abcdefghijklmnopabcdefghijklmnop");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("is not applied outside /trpc", async () => {
    const res = await fetch(`${server.url}/health`, { headers: { Origin: ours } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await preflight(ours, "/dev/outbox")).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("EXTENSION_ORIGINS replaces the default for a cloud deployment", async () => {
    const cloud = await startTestServer({
      env: { EXTENSION_ORIGINS: "chrome-extension://pppppppppppppppppppppppppppppppp" },
    });
    try {
      const res = await fetch(`${cloud.url}/trpc/auth.me`, {
        method: "OPTIONS",
        headers: {
          Origin: "chrome-extension://pppppppppppppppppppppppppppppppp",
          "Access-Control-Request-Method": "POST",
        },
      });
      expect(res.headers.get("access-control-allow-origin")).toBe(
        "chrome-extension://pppppppppppppppppppppppppppppppp",
      );
    } finally {
      await cloud.close();
    }
  });
});
