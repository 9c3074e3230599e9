import type { SourceSpec } from "@vanta/server/ingest/provider";
import { runIngest } from "@vanta/server/ingest/run";
import { MemorySink } from "@vanta/server/ingest/sink";
import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import { afterEach, describe, expect, it } from "vitest";
import { type ReplayServer, type Route, startReplayServer } from "../../support/replay-server.ts";
import { fastHttp, fixture, NOW } from "./fixtures.ts";

// Each provider against a local server replaying responses in that provider's real format.

let server: ReplayServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function ingest(routes: Record<string, Route>, source: Omit<SourceSpec, "baseUrl">, basePath: string, env = {}) {
  server = await startReplayServer(routes);
  const sink = new MemorySink();
  const summary = await runIngest({
    sources: [{ ...source, baseUrl: `${server.url}${basePath}` } as SourceSpec],
    sink: sink.write,
    http: fastHttp(),
    now: NOW,
    env,
    pageSize: 2,
  });
  const postings = [...sink.byKey.values()];
  const byId = (id: string) => postings.find((p) => p.sourceId === id) as NormalizedPosting;
  return { summary, postings, byId, server };
}

describe("greenhouse", () => {
  it("maps a board with content=true, keeps valid jobs and rejects broken ones with reasons", async () => {
    const { summary, byId, server } = await ingest(
      { "/v1/boards/vaulttec/jobs": { body: fixture("greenhouse", "board.json") } },
      { provider: "greenhouse", board: "vaulttec" },
      "/v1/boards",
    );
    expect(server.requests[0]?.query.get("content")).toBe("true");
    expect(summary).toMatchObject({ fetched: 4, normalized: 2, inserted: 2, rejectedCount: 2 });
    expect(summary.sources).toEqual([expect.objectContaining({ provider: "greenhouse", board: "vaulttec", ok: true })]);
    expect(summary.rejected.map((r) => [r.itemId, r.reason.split(":")[0]])).toEqual([
      ["4012003", "invalid item"],
      ["4012004", "invalid posting"],
    ]);
    expect(summary.rejected[0]?.reason).toContain("title");
    expect(summary.rejected[1]?.reason).toContain("empty description");

    const backend = byId("4012001");
    expect(backend).toMatchObject({
      title: "Senior Backend Engineer",
      company: "Vault-Tec",
      url: "https://job-boards.greenhouse.io/vaulttec/jobs/4012001",
      locations: ["New York, NY, US"],
      employmentType: "full_time",
      department: "Engineering",
      postedAt: "2026-03-02",
      yearsExperience: { min: 5, max: null },
      visaSponsorship: "not_offered",
      education: "bachelor",
      compensation: { minCents: 16_000_000, maxCents: 19_000_000, currency: "USD", period: "year" },
    });
    expect(backend.description).toContain("- 5+ years of experience building distributed systems");
    expect(backend.description).toContain("Go & PostgreSQL");
    expect(backend.description).not.toMatch(/<|&lt;/);

    expect(byId("4012002")).toMatchObject({
      remote: "remote",
      clearance: { required: true, level: "TS/SCI" },
      yearsExperience: { min: 3, max: 5 },
      compensation: { minCents: 14_000_000, maxCents: 17_500_000, currency: "USD" },
    });
  });

  it("reports an unknown board (404) as a failed source without retrying", async () => {
    const { summary, server } = await ingest({}, { provider: "greenhouse", board: "nope" }, "/v1/boards");
    expect(summary.sources[0]).toMatchObject({ ok: false, errorCode: "http_status" });
    expect(summary.sources[0]?.error).toContain("HTTP 404");
    expect(server.requests).toHaveLength(1);
  });
});

describe("lever", () => {
  it("pages with skip/limit until a short page and builds the description from lists", async () => {
    const pages = [fixture("lever", "page-1.json"), fixture("lever", "page-2.json")];
    const { summary, byId, server } = await ingest(
      // page 2 is full (2 of limit 2), so a third request finds the end
      { "/v0/postings/brightco": (req) => ({ body: pages[Number(req.query.get("skip")) / 2] ?? [] }) },
      { provider: "lever", board: "brightco", company: "Bright Co" },
      "/v0/postings",
    );
    expect(server.requests.map((r) => [r.query.get("mode"), r.query.get("skip"), r.query.get("limit")])).toEqual([
      ["json", "0", "2"],
      ["json", "2", "2"],
      ["json", "4", "2"],
    ]);
    expect(summary).toMatchObject({ fetched: 4, normalized: 3, rejectedCount: 1 });
    expect(summary.rejected[0]?.reason).toMatch(/^invalid item: id/);

    const staff = byId("5f2c9a1e-0b1d-4a4e-9b1e-aa0000000001");
    expect(staff).toMatchObject({
      company: "Bright Co",
      remote: "hybrid",
      locations: ["San Francisco, CA, US", "Seattle, WA, US"],
      employmentType: "full_time",
      yearsExperience: { min: 8, max: null },
      compensation: { minCents: 21_000_000, maxCents: 26_000_000, currency: "USD", period: "year" },
      applyUrl: "https://jobs.lever.co/brightco/5f2c9a1e-0b1d-4a4e-9b1e-aa0000000001/apply",
      postedAt: "2026-03-04",
    });
    expect(staff.description).toContain("What you'll need\n\n- 8+ years");
    expect(staff.description).toContain("Benefits: health");

    expect(byId("5f2c9a1e-0b1d-4a4e-9b1e-aa0000000002")).toMatchObject({
      remote: "onsite",
      locations: ["Berlin, DE"],
      employmentType: "contract",
      compensation: { minCents: 2400, maxCents: 2800, currency: "EUR", period: "hour", annualMinCents: 2400 * 2080 },
    });
    expect(byId("5f2c9a1e-0b1d-4a4e-9b1e-aa0000000003")).toMatchObject({
      remote: "remote",
      employmentType: "internship",
      education: "bachelor",
    });
  });
});

describe("ashby", () => {
  it("reads structured addresses, workplace type and the salary component", async () => {
    const { summary, byId, server } = await ingest(
      { "/posting-api/job-board/lumen": { body: fixture("ashby", "board.json") } },
      { provider: "ashby", board: "lumen", company: "Lumen" },
      "/posting-api/job-board",
    );
    expect(server.requests[0]?.query.get("includeCompensation")).toBe("true");
    expect(summary).toMatchObject({ fetched: 2, normalized: 2, rejectedCount: 0 });
    expect(byId("8d0f6c52-7f44-4bb5-9d8e-000000000001")).toMatchObject({
      remote: "hybrid",
      locations: ["San Francisco, CA, US", "New York, NY, US"],
      employmentType: "full_time",
      visaSponsorship: "offered",
      yearsExperience: { min: 7, max: null },
      education: "master",
      compensation: { minCents: 18_500_000, maxCents: 23_000_000, currency: "USD", period: "year" },
    });
    // No structured compensation: the range is found in the description.
    expect(byId("8d0f6c52-7f44-4bb5-9d8e-000000000002")).toMatchObject({
      remote: "remote",
      employmentType: "part_time",
      compensation: {
        minCents: 400_000,
        maxCents: 500_000,
        currency: "EUR",
        period: "month",
        annualMaxCents: 6_000_000,
      },
    });
  });
});

describe("remotive", () => {
  it("parses free-text salaries and multi-country candidate locations", async () => {
    const { summary, byId, server } = await ingest(
      { "/api/remote-jobs": { body: fixture("remotive", "jobs.json") } },
      { provider: "remotive", query: "rails" },
      "/api/remote-jobs",
    );
    expect(server.requests[0]?.query.get("search")).toBe("rails");
    expect(summary).toMatchObject({ fetched: 3, normalized: 3 });
    expect(byId("2070001")).toMatchObject({
      remote: "remote",
      locations: ["US", "CA"],
      compensation: { minCents: 17_000_000, maxCents: 20_000_000, currency: "USD", period: "year" },
      yearsExperience: { min: 6, max: null },
      tags: ["ruby/rails", "react", "postgresql"],
    });
    expect(byId("2070002")?.compensation).toMatchObject({ minCents: null, maxCents: 1900, period: "hour" });
    expect(byId("2070003")).toMatchObject({
      locations: ["Europe", "GB", "DE"],
      compensation: { minCents: 8_000_000, maxCents: 11_000_000, currency: "EUR" },
    });
  });
});

describe("arbeitnow", () => {
  it("follows links.next on the configured host", async () => {
    const { summary, byId, server } = await ingest(
      {
        "/api/job-board-api": (req) => ({
          body: fixture("arbeitnow", req.query.get("page") === "2" ? "page-2.json" : "page-1.json"),
        }),
      },
      { provider: "arbeitnow" },
      "/api/job-board-api",
    );
    expect(server.requests.map((r) => r.query.get("page"))).toEqual([null, "2"]);
    expect(summary).toMatchObject({ fetched: 3, normalized: 3, inserted: 3 });
    expect(byId("backend-developer-nodejs-berlin-412345")).toMatchObject({
      company: "Kiezwerk GmbH",
      locations: ["Berlin, DE"],
      employmentType: "full_time",
      compensation: { minCents: 6_000_000, maxCents: 7_500_000, currency: "EUR", period: "year" },
      yearsExperience: { min: 3, max: null },
    });
    expect(byId("werkstudent-data-munich-412346")).toMatchObject({ remote: "remote", employmentType: "internship" });
  });
});

describe("remoteok", () => {
  it("skips the legal notice, repairs mojibake and reads hourly amounts", async () => {
    const { summary, byId } = await ingest(
      { "/api": { body: fixture("remoteok", "api.json") } },
      { provider: "remoteok" },
      "/api",
    );
    expect(summary).toMatchObject({ fetched: 3, normalized: 2, rejectedCount: 1 });
    expect(summary.rejected[0]).toMatchObject({ itemId: "1130792" });
    expect(byId("1130790")).toMatchObject({
      url: "https://remoteok.com/remote-jobs/remote-senior-sales-engineer-data-ai-security-acme-1130790",
      locations: ["Saint Louis, MO, US"],
      remote: "remote",
      postedAt: "2026-03-16",
      compensation: { minCents: 18_000_000, maxCents: 21_000_000, currency: "USD", period: "year" },
    });
    expect(byId("1130791")).toMatchObject({
      locations: ["Gdańsk, PL"],
      compensation: { minCents: 3000, period: "hour", annualMinCents: 3000 * 2080 },
    });
  });
});

describe("usajobs", () => {
  const env = { USAJOBS_API_KEY: "test-key", USAJOBS_USER_AGENT: "dev@example.org" };

  it("sends the key headers and maps remuneration codes and citizenship", async () => {
    const { summary, byId, server } = await ingest(
      { "/api/search": { body: fixture("usajobs", "search.json") } },
      { provider: "usajobs", query: "developer" },
      "/api/search",
      env,
    );
    expect(server.requests[0]?.headers["authorization-key"]).toBe("test-key");
    expect(server.requests[0]?.headers["user-agent"]).toBe("dev@example.org");
    expect(server.requests[0]?.query.get("Keyword")).toBe("developer");
    expect(summary).toMatchObject({ fetched: 2, normalized: 2 });
    expect(byId("841132200")).toMatchObject({
      company: "Consumer Financial Protection Bureau",
      locations: ["Washington DC, DC, US", "US"],
      visaSponsorship: "not_offered",
      validThrough: "2026-03-29",
      compensation: { minCents: 9_216_600, maxCents: 16_160_000, period: "year" },
    });
    expect(byId("841132201")).toMatchObject({
      locations: ["Atlanta, GA, US"],
      clearance: { required: true, level: "Secret" },
      compensation: { minCents: 4510, maxCents: 5860, period: "hour" },
    });
  });

  it("is skipped with a clear error when not configured, without any request", async () => {
    const { summary, server } = await ingest({}, { provider: "usajobs" }, "/api/search");
    expect(summary.sources[0]).toMatchObject({ ok: false, errorCode: "not_configured" });
    expect(summary.sources[0]?.error).toContain("USAJOBS_API_KEY");
    expect(server.requests).toHaveLength(0);
  });
});

describe("adzuna", () => {
  it("uses app credentials, strips highlight markup and ignores predicted salaries", async () => {
    const { summary, byId, server } = await ingest(
      { "/v1/api/jobs/gb/search/1": { body: fixture("adzuna", "search-1.json") } },
      { provider: "adzuna", query: "python", country: "gb" },
      "/v1/api/jobs",
      { ADZUNA_APP_ID: "id1", ADZUNA_APP_KEY: "key1" },
    );
    expect(server.requests[0]?.query.get("app_id")).toBe("id1");
    expect(server.requests[0]?.query.get("what")).toBe("python");
    expect(summary).toMatchObject({ fetched: 2, normalized: 2 });
    expect(byId("4950001234")).toMatchObject({
      title: "Python Developer",
      url: "https://www.adzuna.co.uk/jobs/land/ad/4950001234?se=abc",
      locations: ["Leeds, West Yorkshire, GB"],
      compensation: { minCents: 4_500_000, maxCents: 5_500_000, currency: "GBP" },
    });
    expect(byId("4950001235")?.compensation).toBeNull();
  });
});
