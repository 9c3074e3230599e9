import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterIndices, clusterPostings, detectReposts, samePosting } from "@vanta/shared/dedup/cluster";
import { normalizeCompany } from "@vanta/shared/dedup/company";
import { fingerprint } from "@vanta/shared/dedup/fingerprint";
import { containment, jaccard, signature } from "@vanta/shared/dedup/minhash";
import { canonicalUrl } from "@vanta/shared/dedup/url";
import { type PostingLine, parsePostingLines } from "@vanta/shared/match/input";
import { describe, expect, it } from "vitest";

const DIR = join(import.meta.dirname, "../../fixtures/dedup");
const postings: PostingLine[] = parsePostingLines(readFileSync(join(DIR, "postings.jsonl"), "utf8")).flatMap((l) =>
  l.ok ? [l.posting] : [],
);
const expected: Record<string, string> = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")).clusters;
const byId = (id: string) => postings.find((p) => p.id === id)!;

describe("clusterPostings", () => {
  it("matches the hand-labeled clusters", () => {
    const clusters = clusterPostings(postings);
    expect(Object.fromEntries(postings.map((p, i) => [p.id, clusters[i]]))).toEqual(expected);
  });

  it("merges a Built In page with its ATS original by text, not by URL", () => {
    const v = samePosting(byId("ashby-growth"), byId("builtin-growth"));
    expect(v.same).toBe(true);
    expect(v.reason).toMatch(/similarity|containment/);
  });

  it("keeps different jobs at the same company apart", () => {
    expect(samePosting(byId("ashby-growth"), byId("ashby-coda")).same).toBe(false);
    expect(samePosting(byId("gh-sre-1"), byId("gh-sre-senior")).same).toBe(false);
    expect(samePosting(byId("gh-sre-1"), byId("gh-sre-berlin"))).toEqual({
      same: false,
      reason: "different locations",
    });
  });

  it("compares titles in any script and keeps levels apart", () => {
    const base = byId("gh-sre-1");
    const he = (title: string) => ({
      ...base,
      title,
      sourceId: title,
      url: `https://example.com/${encodeURIComponent(title)}`,
    });
    expect(
      samePosting(he("חבר/ת סגל אקדמי בכיר בתחום הפסיכולוגיה"), he("חבר/ת סגל אקדמי בכיר בתחום החינוך")).same,
    ).toBe(false);
    expect(samePosting(he("מפתח/ת GIS"), he("מפתח/ת GIS")).same).toBe(true);
    expect(samePosting(he("Account Executive, Japan"), he("Associate Account Executive, Japan")).reason).toMatch(
      /titles differ|levels/,
    );
  });

  it("does not treat a bare site URL as a job identity", () => {
    const a = { ...byId("gh-sre-1"), url: "https://example.com/" };
    const b = { ...byId("ashby-coda"), url: "https://example.com/" };
    expect(samePosting(a, b).same).toBe(false);
  });

  it("gives the same answer whatever the input order for the pairs", () => {
    const reversed = [...postings].reverse();
    const roots = clusterIndices(reversed);
    const pairs = (ids: string[]) => ids.map((id) => roots[reversed.findIndex((p) => p.id === id)]);
    const [a, b] = pairs(["ashby-growth", "builtin-growth"]);
    expect(a).toBe(b);
    const [c, d] = pairs(["ashby-growth", "ashby-coda"]);
    expect(c).not.toBe(d);
  });

  it("flags the later near-identical posting as a repost", () => {
    const reposts = detectReposts(postings);
    const i = postings.findIndex((p) => p.id === "gh-sre-repost");
    expect(reposts[i]).toBe(postings.findIndex((p) => p.id === "gh-sre-1"));
    expect(reposts[postings.findIndex((p) => p.id === "builtin-growth")]).toBeNull();
  });
});

describe("identity keys", () => {
  it.each([
    ["Superhuman, Inc.", "superhuman"],
    ["Zoox Inc (Amazon)", "zoox"],
    ["Bright Machines LLC", "bright machines"],
    ["The Home Depot", "home depot"],
    ["Databricks", "databricks"],
  ])("company %s → %s", (raw, norm) => {
    expect(normalizeCompany(raw)).toBe(norm);
  });

  it("canonicalizes tracking and apply URLs", () => {
    expect(canonicalUrl("https://jobs.lever.co/zoox/abc-123/apply?lever-source=LinkedIn")).toBe(
      "jobs.lever.co/zoox/abc-123",
    );
    expect(canonicalUrl("https://job-boards.greenhouse.io/anthropic/jobs/42?utm_source=x&gh_jid=42")).toBe(
      "boards.greenhouse.io/anthropic/jobs/42?gh_jid=42",
    );
    expect(canonicalUrl("https://www.linkedin.com/jobs/view/senior-engineer-at-acme-3790000001/?refId=x")).toBe(
      "linkedin.com/jobs/view/3790000001",
    );
    // normalize's tracking list applies here too (ashby_src), plus identity-only noise ("s")
    expect(canonicalUrl("https://jobs.ashbyhq.com/acme/123/application?ashby_src=li&s=2#apply")).toBe(
      "jobs.ashbyhq.com/acme/123",
    );
    expect(canonicalUrl("ftp://jobs.example.com/1")).toBeNull();
    expect(canonicalUrl("not a url")).toBeNull();
  });

  it("builds a fingerprint from company, title and city", () => {
    expect(fingerprint(byId("ashby-growth"))).toBe(fingerprint(byId("builtin-growth")));
    expect(fingerprint(byId("gh-sre-1"))).not.toBe(fingerprint(byId("gh-sre-berlin")));
  });

  it("estimates text similarity with MinHash", () => {
    const a = signature(byId("gh-sre-1").description);
    expect(jaccard(a, signature(byId("gh-sre-1").description))).toBe(1);
    expect(jaccard(a, signature(byId("ashby-coda").description))).toBeLessThan(0.1);
    const wrapped = signature(byId("builtin-growth").description);
    expect(containment(signature(byId("ashby-growth").description), wrapped)).toBeGreaterThan(0.75);
  });
});
