import { describe, expect, it } from "vitest";
import { adminUrlFor, isStaleTestDatabase, testDatabaseName, withDatabase } from "../../support/db.ts";
import { parseProxyTarget } from "../../support/neon-proxy.ts";

describe("test database naming", () => {
  it("derives the admin URL by switching only the database name", () => {
    expect(adminUrlFor("postgres://postgres@127.0.0.1:5432/test")).toBe("postgres://postgres@127.0.0.1:5432/postgres");
    expect(adminUrlFor("postgres://u:p%40ss@db:6543/app?sslmode=disable")).toBe(
      "postgres://u:p%40ss@db:6543/postgres?sslmode=disable",
    );
    expect(withDatabase("postgres://postgres@127.0.0.1:5432/postgres", "vanta_t_1_2_ab")).toBe(
      "postgres://postgres@127.0.0.1:5432/vanta_t_1_2_ab",
    );
  });

  it("names are unique, valid unquoted identifiers, and their age decides staleness", () => {
    const now = Date.parse("2026-11-26T12:00:00Z");
    const a = testDatabaseName(now);
    const b = testDatabaseName(now);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[a-z_][a-z0-9_]{0,62}$/);
    expect(isStaleTestDatabase(a, now + 60_000)).toBe(false);
    expect(isStaleTestDatabase(a, now + 7 * 60 * 60 * 1000)).toBe(true);
    expect(isStaleTestDatabase("test", now)).toBe(false);
    expect(isStaleTestDatabase("vanta_prod", now + 1e12)).toBe(false);
  });
});

describe("neon proxy target", () => {
  it("accepts /v2?address=<loopback>:<port>", () => {
    expect(parseProxyTarget("/v2?address=127.0.0.1:5432")).toEqual({ host: "127.0.0.1", port: 5432 });
    expect(parseProxyTarget("/v2?address=localhost:6543")).toEqual({ host: "localhost", port: 6543 });
    expect(parseProxyTarget("/v2?address=[::1]:5432")).toEqual({ host: "::1", port: 5432 });
  });

  it("refuses other paths, malformed addresses and non-loopback hosts (never an open relay)", () => {
    for (const url of [
      undefined,
      "/",
      "/v1?address=127.0.0.1:5432",
      "/v2",
      "/v2?address=127.0.0.1",
      "/v2?address=127.0.0.1:0",
      "/v2?address=127.0.0.1:99999",
      "/v2?address=example.com:5432",
      "/v2?address=10.0.0.5:5432",
    ]) {
      expect(parseProxyTarget(url), String(url)).toBeNull();
    }
  });
});
