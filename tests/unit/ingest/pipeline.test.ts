import { IngestError } from "@vanta/server/ingest/errors";
import { processPayload } from "@vanta/server/ingest/pipeline";
import { companyFromBoard } from "@vanta/server/ingest/provider";
import { providers } from "@vanta/server/ingest/providers/index";
import { describe, expect, it } from "vitest";

const now = new Date("2026-03-20T00:00:00Z");

describe("processPayload", () => {
  it("rejects items of the wrong type one by one and keeps the valid ones", () => {
    const valid = {
      id: "1",
      company: "Acme",
      position: "Engineer",
      description: "<p>Build things.</p>",
      url: "https://remoteok.com/remote-jobs/1",
    };
    const out = processPayload(
      providers.remoteok,
      [{ legal: "notice" }, null, 5, "job", { id: "2", position: 7 }, valid],
      { provider: "remoteok" },
      { now },
    );
    expect(out.fetched).toBe(5);
    expect(out.postings.map((p) => p.sourceId)).toEqual(["1"]);
    expect(out.rejected).toHaveLength(4);
    expect(out.rejected.every((r) => r.reason.startsWith("invalid item:"))).toBe(true);
    expect(out.rejected[3]).toMatchObject({ itemId: "2" });
  });

  it("removes NUL characters (valid JSON, refused by PostgreSQL) instead of passing them on", () => {
    const item = {
      id: "9",
      company: "Acme",
      position: "Data\u0000 Engineer",
      description: "<p>Pipelines\u0000 and SQL.</p>",
      url: "https://remoteok.com/remote-jobs/9",
    };
    const out = processPayload(providers.remoteok, [{ legal: "notice" }, item], { provider: "remoteok" }, { now });
    expect(out.rejected).toEqual([]);
    expect(out.postings).toHaveLength(1);
    expect(out.postings[0]?.title).toBe("Data Engineer");
    expect(out.postings[0]?.description).toContain("Pipelines and SQL.");
    expect(JSON.stringify(out.postings[0])).not.toContain("\\u0000");
  });

  it("throws a typed error for a response whose envelope is wrong", () => {
    expect(() => processPayload(providers.greenhouse, { jobs: "none" }, { provider: "greenhouse" }, { now })).toThrow(
      IngestError,
    );
    expect(() => processPayload(providers.lever, { error: "x" }, { provider: "lever" }, { now })).toThrow(/lever/);
  });
});

describe("companyFromBoard", () => {
  it("prefers the configured name, else makes the token readable", () => {
    expect(companyFromBoard({ provider: "lever", board: "bright-machines" })).toBe("Bright Machines");
    expect(companyFromBoard({ provider: "lever", board: "1840%26company" })).toBe("1840&Company");
    expect(companyFromBoard({ provider: "lever", board: "100%" })).toBe("100%");
    expect(companyFromBoard({ provider: "ashby", board: "openai", company: "OpenAI" })).toBe("OpenAI");
  });
});
