import { join } from "node:path";
import { dbOptionsFromUrl } from "@vanta/db/client";
import { describe, expect, it } from "vitest";

describe("dbOptionsFromUrl", () => {
  it("defaults to embedded PGlite under VANTA_HOME, or in memory for memory://", () => {
    expect(dbOptionsFromUrl(undefined, "/home/a/.vanta")).toEqual({
      driver: "pglite",
      dataDir: join("/home/a/.vanta", "pgdata"),
    });
    expect(dbOptionsFromUrl("", "/x")).toEqual({ driver: "pglite", dataDir: join("/x", "pgdata") });
    expect(dbOptionsFromUrl("memory://", "/x")).toEqual({ driver: "pglite", dataDir: "memory://" });
  });

  it("uses node-postgres for a plain postgres:// or postgresql:// URL, unchanged", () => {
    const url = "postgresql://app:s3cret@db.internal:5432/vanta?sslmode=require";
    expect(dbOptionsFromUrl(url, "/x")).toEqual({ driver: "node-postgres", url });
    expect(dbOptionsFromUrl("postgres://postgres@127.0.0.1/test", "/x").driver).toBe("node-postgres");
  });

  it("uses Neon's WebSocket Pool for a Neon host", () => {
    const url = "postgres://u:p@ep-cool-1234.us-east-2.aws.neon.tech/neondb?sslmode=require";
    expect(dbOptionsFromUrl(url, "/x")).toEqual({ driver: "neon", url });
  });

  it("honours ?driver=neon and strips it while keeping the other parameters", () => {
    expect(dbOptionsFromUrl("postgres://u@127.0.0.1:5432/test?driver=neon&sslmode=disable", "/x")).toEqual({
      driver: "neon",
      url: "postgres://u@127.0.0.1:5432/test?sslmode=disable",
    });
    expect(dbOptionsFromUrl("postgres://u@127.0.0.1:5432/test?sslmode=disable&driver=neon", "/x")).toEqual({
      driver: "neon",
      url: "postgres://u@127.0.0.1:5432/test?sslmode=disable",
    });
    // a host that merely contains "neon" is not Neon
    expect(dbOptionsFromUrl("postgres://u@neon.tech.example.com/db", "/x").driver).toBe("node-postgres");
  });

  it("rejects other schemes and malformed URLs without echoing credentials", () => {
    expect(() => dbOptionsFromUrl("mysql://root:hunter2@localhost/db", "/x")).toThrow(/unsupported scheme "mysql:"/);
    expect(() => dbOptionsFromUrl("not a url", "/x")).toThrow(/not a valid URL/);
    expect(() => dbOptionsFromUrl("mysql://root:hunter2@localhost/db", "/x")).not.toThrow(/hunter2/);
  });
});
