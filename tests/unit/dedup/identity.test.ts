import { boardIdentity } from "@vanta/shared/dedup/board-identity";
import { clusterIndices, samePosting } from "@vanta/shared/dedup/cluster";
import { canonicalUrl as identityUrl } from "@vanta/shared/dedup/url";
import { canonicalUrl, routeFragment } from "@vanta/shared/normalize/url";
import { describe, expect, it } from "vitest";

// URL identity: hash-routed career sites keep the route after "#"; anchors and tracking go.

const oracle = (id: number, extra = "") => `https://careers.oracle.com/jobs/${extra}#en/sites/jobsearch/job/${id}/`;
const job = (url: string, title: string) => ({
  title,
  company: "Oracle",
  locations: ["Austin, TX, US"],
  remote: "onsite" as const,
  description: "",
  source: "web",
  url,
});

describe("route fragments", () => {
  it.each([
    ["#en/sites/jobsearch/job/211250/", "#en/sites/jobsearch/job/211250"],
    ["#/jobs/123", "#/jobs/123"],
    ["#!/job/9?utm_source=x&lang=en", "#!/job/9?lang=en"],
    ["#apply", ""],
    ["#top", ""],
    ["#section/", ""],
    ["#/", ""],
    ["#:~:text=Senior%20Engineer", ""],
    ["", ""],
  ])("%s → %s", (hash, kept) => {
    expect(routeFragment(hash)).toBe(kept);
  });

  it("keeps the route in the stored URL and the identity key, drops anchors and tracking", () => {
    expect(canonicalUrl(`${oracle(211250)}`)).toBe("https://careers.oracle.com/jobs#en/sites/jobsearch/job/211250");
    expect(canonicalUrl("https://acme.example/careers?utm_source=li#/jobs/123")).toBe(
      "https://acme.example/careers#/jobs/123",
    );
    expect(canonicalUrl("https://boards.greenhouse.io/acme/jobs/42?gh_src=x#app")).toBe(
      "https://boards.greenhouse.io/acme/jobs/42",
    );
    expect(identityUrl(oracle(211250))).toBe("careers.oracle.com/jobs#en/sites/jobsearch/job/211250");
    expect(identityUrl(oracle(211250))).not.toBe(identityUrl(oracle(211251)));
    expect(identityUrl("https://jobs.ashbyhq.com/acme/123/application#apply")).toBe("jobs.ashbyhq.com/acme/123");
  });

  it("keeps two different hash-routed jobs apart and merges the same hash URL twice", () => {
    const a = job(oracle(211250), "Applications Development Intern");
    const b = job(oracle(211251), "Applications Development Intern (OCI)");
    const c = job(oracle(211252), "Junior Software Engineer Intern, OCI");
    const aAgain = job(`${oracle(211250, "?utm_source=linkedin")}`, "Applications Development Intern");
    expect(samePosting(a, b).same).toBe(false);
    expect(samePosting(a, c).same).toBe(false);
    expect(samePosting(a, aAgain)).toMatchObject({ same: true, rule: "url" });
    const roots = clusterIndices([a, b, c, aAgain]);
    expect(roots).toEqual([0, 1, 2, 0]);
  });
});

describe("board identity from the URL's own host", () => {
  it.each([
    ["https://boards.greenhouse.io/acme/jobs/4012001?gh_src=x", "greenhouse", "4012001"],
    ["https://job-boards.greenhouse.io/embed/job_app?token=1&gh_jid=77", "greenhouse", "77"],
    [
      "https://jobs.lever.co/acme/0f9e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f/apply",
      "lever",
      "0f9e1d2c-3b4a-4c5d-8e6f-7a8b9c0d1e2f",
    ],
    ["https://www.linkedin.com/jobs/view/senior-engineer-at-acme-3790000001/", "linkedin", "3790000001"],
    ["https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b", "indeed", "0a1b2c3d4e5f6a7b"],
    // a company page embedding a Greenhouse board is that company's page, not Greenhouse's
    ["https://evil.example/careers?gh_jid=4012001", "web", "evil.example/careers?gh_jid=4012001"],
    [
      "https://careers.oracle.com/jobs/#en/sites/jobsearch/job/211250/",
      "web",
      "careers.oracle.com/jobs#en/sites/jobsearch/job/211250",
    ],
    // a look-alike host is not the board
    ["https://greenhouse.io.evil.example/acme/jobs/1", "web", "greenhouse.io.evil.example/acme/jobs/1"],
  ])("%s → %s %s", (url, source, sourceId) => {
    expect(boardIdentity(url)).toEqual({ source, sourceId });
  });

  it("falls back to the URL key when the board's id format is absent, and bounds its length", () => {
    expect(boardIdentity("https://boards.greenhouse.io/acme/jobs/abc")).toEqual({
      source: "greenhouse",
      sourceId: "boards.greenhouse.io/acme/jobs/abc",
    });
    const long = boardIdentity(`https://acme.example/${"x".repeat(400)}`);
    const long2 = boardIdentity(`https://acme.example/${"x".repeat(399)}y`);
    expect(long?.sourceId.length).toBeLessThanOrEqual(200);
    expect(long?.sourceId).not.toBe(long2?.sourceId);
    expect(boardIdentity("mailto:jobs@acme.example")).toBeNull();
  });
});
