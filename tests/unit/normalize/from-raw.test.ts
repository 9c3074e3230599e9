import { titleClassifier } from "@vanta/shared/normalize/classify";
import { normalizePosting } from "@vanta/shared/normalize/from-raw";
import { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import type { RawPosting } from "@vanta/shared/normalize/raw";
import { describe, expect, it } from "vitest";

const now = new Date("2026-03-20T12:00:00Z");
const base: RawPosting = {
  source: "greenhouse",
  sourceId: "1",
  title: "  Senior   Data Engineer ",
  company: "Acme, Inc.",
  url: "https://boards.greenhouse.io/acme/jobs/1?gh_src=x&utm_source=y",
  locations: ["Remote - US", "Austin, TX"],
  descriptionHtml:
    "<p>Build pipelines in Python and Airflow.</p><ul><li>4+ years of experience with SQL</li></ul><p>Pay: $150,000 - $180,000 per year. Visa sponsorship is available.</p>",
  postedAt: "2 days ago",
};

describe("normalizePosting", () => {
  it("produces a schema-valid posting with every parsed field", () => {
    const res = normalizePosting(base, { now, classify: titleClassifier });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const p = res.posting;
    expect(NormalizedPosting.safeParse(p).success).toBe(true);
    expect(p).toMatchObject({
      title: "Senior Data Engineer",
      url: "https://boards.greenhouse.io/acme/jobs/1",
      locations: ["US", "Austin, TX, US"],
      remote: "remote",
      postedAt: "2026-03-18",
      salary: { min: 150_000, max: 180_000, currency: "USD", period: "year" },
      compensation: { minCents: 15_000_000, annualMaxCents: 18_000_000 },
      yearsExperience: { min: 4, max: null },
      visaSponsorship: "offered",
      seniority: "senior",
    });
    expect(p.parsedLocations[0]).toMatchObject({ country: "US", remote: true });
    expect(p.skills).toEqual(expect.arrayContaining(["python", "sql"]));
  });

  it("prefers structured salary over text and leaves classification empty without a classifier", () => {
    const res = normalizePosting(
      { ...base, salary: { min: 100, max: 120, currency: "EUR", period: "per-hour-wage" }, salaryText: "$1M" },
      { now },
    );
    expect(res.ok && res.posting.compensation).toMatchObject({ currency: "EUR", period: "hour", minCents: 10_000 });
    expect(res.ok && [res.posting.seniority, res.posting.family, res.posting.skills]).toEqual([null, null, []]);
  });

  it("rejects with readable reasons instead of throwing", () => {
    const res = normalizePosting({ ...base, title: " ", url: "not a url", descriptionHtml: "" }, { now });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.reasons.join("\n")).toMatch(/title/);
    expect(res.reasons.join("\n")).toMatch(/url/);
    expect(res.reasons.join("\n")).toMatch(/empty description/);
  });

  it("cuts an oversized description to the contract limit instead of rejecting the posting", () => {
    const res = normalizePosting({ ...base, descriptionHtml: `<p>${"word ".repeat(60_000)}</p>` }, { now });
    expect(res.ok && res.posting.description.length).toBe(200_000);
  });

  it("fills the country of a lone city from the feed's country hint", () => {
    const res = normalizePosting({ ...base, locations: ["Springfield"], countryHint: "US" }, { now });
    expect(res.ok && res.posting.locations).toEqual(["Springfield, US"]);
  });
});
