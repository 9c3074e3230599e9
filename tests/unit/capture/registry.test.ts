import { adapters, boardMatchPatterns, detectAdapter, findAdapter, generic } from "@vanta/shared/capture/index";
import { urlMatches } from "@vanta/shared/match-patterns";
import { describe, expect, it } from "vitest";
import { htmlDoc, loadDoc } from "./fixture.ts";

describe("adapter registry", () => {
  const byUrl: [string, string | null][] = [
    ["https://www.linkedin.com/jobs/view/4012345678/", "linkedin"],
    ["https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=go", "linkedin"],
    ["https://www.linkedin.com/feed/", null],
    ["https://www.indeed.com/viewjob?jk=5a1b2c3d4e5f6a7b", "indeed"],
    ["https://uk.indeed.com/jobs?q=nurse&vjk=5a1b2c3d4e5f6a7b", "indeed"],
    ["https://boards.greenhouse.io/acme/jobs/123", "greenhouse"],
    ["https://job-boards.greenhouse.io/acme/jobs/123", "greenhouse"],
    // A board is recognized by its own host: a query parameter any page can add names no board
    // (an embedded Greenhouse board is still read by its markup, see greenhouse.test.ts).
    ["https://acme.example/careers?gh_jid=123", null],
    ["https://jobs.lever.co/acme/0b9a5c1e-3f2d-4e8a-9c77-2d1f0e6a4b21", "lever"],
    ["https://jobs.ashbyhq.com/acme/5f0c7a9e-1b2d-4c3e-8f4a-6b7c8d9e0f1a", "ashby"],
    ["https://acme.wd1.myworkdayjobs.com/en-US/External/job/Remote/Engineer_R1", "workday"],
    ["https://jobs.smartrecruiters.com/Acme/744000012345678-engineer", "smartrecruiters"],
    ["https://wellfound.com/jobs/3141592-founding-backend-engineer", "wellfound"],
    ["https://builtin.com/job/support-engineer/5151515", "builtin"],
    ["https://www.builtinsf.com/job/senior-tpm/9383286", "builtin"],
    ["https://www.glassdoor.fr/Emploi/paris-emplois-SRCH_IL.0,5.htm?jl=1009733330019", "glassdoor"],
    ["https://acme.teamtailor.com/jobs/6340420-senior-software-engineer", "teamtailor"],
    ["https://www.totaljobs.com/job/data-engineer/acme-job101234567", "totaljobs"],
    ["https://www.workatastartup.com/jobs/93768", "workatastartup"],
    ["https://www.zhipin.com/job_detail/4d1d046f6b9374291nV52dS0GVBY.html", "bosszhipin"],
    ["https://careers.acme.example/jobs/1", null],
    ["https://de.indeed.com/Zeigen-Job?jk=5a1b2c3d4e5f6a7b", "indeed"],
    ["https://www.glassdoor.com.au/job-listing/x.htm?jl=1", "glassdoor"],
    ["https://www.linkedin.com.evil.example/jobs/view/1/", null],
    ["https://evil.example/www.linkedin.com/jobs/view/1/", null],
    ["https://wellfound.com/company/acme/jobs/3141592-engineer", "wellfound"],
    ["https://wellfound.com/u/someone", null],
    ["ftp://jobs.lever.co/acme/1", null],
    ["not a url", null],
  ];
  for (const [url, name] of byUrl) {
    it(`findAdapter(${url}) → ${name}`, () => expect(findAdapter(url)?.name ?? null).toBe(name));
  }

  it("gives the posting key the extension watches for SPA navigation", () => {
    expect(
      findAdapter("https://www.linkedin.com/jobs/search/?currentJobId=42424242")?.postingKey(
        new URL("https://www.linkedin.com/jobs/search/?currentJobId=42424242"),
      ),
    ).toBe("42424242");
    const indeed = findAdapter("https://www.indeed.com/jobs?q=x&vjk=abc123");
    expect(indeed?.spa).toBe(true);
    expect(indeed?.postingKey(new URL("https://www.indeed.com/jobs?q=x&vjk=abc123"))).toBe("abc123");
  });

  it("falls back to markup signatures, then generic, on other hosts", () => {
    const local = "http://127.0.0.1:4173/page.html";
    expect(detectAdapter(loadDoc("greenhouse/job.html"), local).name).toBe("greenhouse");
    expect(detectAdapter(loadDoc("lever/apply.html"), local).name).toBe("lever");
    expect(detectAdapter(loadDoc("linkedin/search-pane.html"), local).name).toBe("linkedin");
    expect(detectAdapter(loadDoc("jsonld/career-site.html"), local)).toBe(generic);
    expect(detectAdapter(htmlDoc("<html><body><p>hi</p></body></html>"), local)).toBe(generic);
  });

  it("lists valid match patterns for every adapter", () => {
    expect(adapters.length).toBe(14);
    for (const a of adapters) expect(a.matches.length).toBeGreaterThan(0);
    for (const p of boardMatchPatterns) expect(p).toMatch(/^(\*|https?):\/\/(\*|\*\.)?[a-z0-9.-]*\/.*$/);
    // The same strings WXT registers are what findAdapter tests: each parses as a match pattern.
    // (@webext-core/match-patterns throws on a malformed one).
    for (const p of boardMatchPatterns) expect(() => urlMatches([p], "https://example.com/")).not.toThrow();
    expect(() => urlMatches(["https://ex*ample.com/*"], "https://example.com/")).toThrow(/Invalid match pattern/);
  });
});
