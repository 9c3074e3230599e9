import { CollectionStats } from "@vanta/shared/match/bm25";
import { profileFeatures } from "@vanta/shared/match/profile-features";
import { matchProfileFromJson } from "@vanta/shared/match/profile-input";
import { rankPostings } from "@vanta/shared/match/rank";
import { resumeFacts, titleCandidate } from "@vanta/shared/match/resume-facts";
import { scorePosting } from "@vanta/shared/match/score";
import type { Posting } from "@vanta/shared/posting";
import { MatchProfile } from "@vanta/shared/profile";
import { describe, expect, it } from "vitest";

// A profile that is only a resume must rank like one with titles typed in: titles, level and
// years come from the resume (not the neutral 0.5 title / 0.7 seniority of "unknown"), and a
// strong match reads as a strong score.

const RESUME = `Tomás Ruiz
tomas.ruiz@example.net | Lisbon, Portugal

Experience

Payflow (fintech) | Software Engineer II | Jan 2021 - Present
Build and run merchant onboarding services in TypeScript, Node.js and Go on AWS with PostgreSQL. Designed the webhook delivery system.

Quickcart | Software Engineer | Sep 2018 - Dec 2020
React and Node.js for the ordering web app; GraphQL API; CI on GitHub Actions.

Skills
TypeScript, Node.js, Go, React, GraphQL, PostgreSQL, AWS, Docker, Kubernetes`;

const profile = MatchProfile.parse({ resumeText: RESUME });
const today = "2026-03-01";

function posting(id: string, title: string, description: string): Posting & { id: string } {
  return {
    id,
    title,
    company: "Acme",
    locations: ["Lisbon, Portugal"],
    remote: "hybrid",
    employmentType: null,
    salary: null,
    description,
    postedAt: "2026-02-25",
    closed: false,
    source: "test",
    sourceId: id,
    url: `https://example.invalid/${id}`,
  };
}

const strong = posting(
  "strong",
  "Software Engineer II, Backend (Payments)",
  "Build the services that onboard merchants.\nRequirements:\n- 3+ years building backend services in TypeScript or Go\n- Node.js, PostgreSQL and AWS\n- Experience with webhooks and GraphQL APIs\nNice to have: Kubernetes, Docker",
);
const mismatch = posting(
  "mismatch",
  "Registered Nurse, Intensive Care Unit",
  "Provide direct patient care in the ICU.\nRequirements:\n- Active RN license\n- BLS and ACLS certification\n- 2+ years of critical care nursing experience\n- Medication administration and patient charting",
);
const sales = posting(
  "sales",
  "Senior Account Executive, Mid-Market",
  "Own the full sales cycle for mid-market customers.\nRequirements:\n- 5+ years of B2B SaaS sales, quota attainment\n- Salesforce and pipeline management",
);

describe("resume-only profile", () => {
  it("derives titles, level and years from the resume, whatever its layout", () => {
    const facts = resumeFacts(RESUME, 2026);
    expect(facts.titles[0]).toBe("Software Engineer II");
    expect(facts.seniority).toBe("mid");
    expect(facts.years).toBeGreaterThanOrEqual(7);
    expect(titleCandidate("Northbridge Retail — Data Analyst")).toBe("Data Analyst");
    expect(titleCandidate("2021–now  Senior Product Designer, Kiwi Mobility")).toBe("Senior Product Designer");
    expect(titleCandidate("- Partner with hiring managers on role intake")).toBeNull();
    const pf = profileFeatures(profile, undefined, 2026);
    expect(pf.derived).toMatchObject({ titles: true, seniority: true, years: true });
    expect(pf.titles[0]?.family).toBe("software_engineering");
  });

  it("gives real title and seniority factors, not the neutral constants", () => {
    const s = scorePosting(profile, strong, { today });
    const m = scorePosting(profile, mismatch, { today });
    expect(s.factors.title).toBeGreaterThan(0.8);
    expect(s.factors.seniority).toBe(1);
    expect(m.factors.title).toBeLessThan(0.3);
    for (const f of [s, m]) {
      expect(f.factors.title).not.toBe(0.5);
      expect(f.factors.seniority).not.toBe(0.7);
    }
  });

  it("shows a strong match as >= 70 and a clear mismatch as <= 40 (one posting, as in the side panel)", () => {
    expect(scorePosting(profile, strong, { today }).score).toBeGreaterThanOrEqual(70);
    expect(scorePosting(profile, mismatch, { today }).score).toBeLessThanOrEqual(40);
    expect(scorePosting(profile, sales, { today }).score).toBeLessThanOrEqual(40);
  });

  it("keeps that calibration with collection statistics (as in the feed and vanta rank)", () => {
    const filler = Array.from({ length: 150 }, (_, i) =>
      posting(
        `f${i}`,
        ["Warehouse Associate", "Marketing Manager", "Data Engineer", "Frontend Developer", "Accountant"][i % 5]!,
        `Join our team ${i}. You will work with colleagues on projects. Requirements: experience, communication, teamwork. ${
          ["forklift shifts", "campaigns and brand", "spark pipelines and sql", "react and css", "ledgers and audits"][
            i % 5
          ]
        }`,
      ),
    );
    const all = [strong, mismatch, sales, ...filler];
    const stats = CollectionStats.of(all);
    expect(stats.reliable).toBe(true);
    const ranked = rankPostings(profile, all, today, stats);
    expect(ranked[0]!.posting.id).toBe("strong");
    const by = (id: string) => ranked.find((r) => r.posting.id === id)!;
    expect(by("strong").score).toBeGreaterThanOrEqual(70);
    expect(by("mismatch").score).toBeLessThanOrEqual(40);
    expect(by("sales").score).toBeLessThanOrEqual(40);
    // the side panel's single-posting score agrees with the ranking given the same statistics
    expect(scorePosting(profile, strong, { today, stats }).score).toBe(by("strong").score);
  });
});

describe("profile file forms (vanta rank --profile)", () => {
  const resume = {
    basics: { name: "Lena Fischer", label: "Senior Product Designer" },
    work: [
      { name: "Kiwi Mobility", position: "Senior Product Designer", startDate: "2021-03" },
      { name: "Loop Health", position: "Product Designer", startDate: "2018-01", endDate: "2021-02" },
    ],
    skills: [{ name: "Design", keywords: ["Figma", "Prototyping", "User research"] }],
  };

  it("reads {resume: JSON Resume}: titles from positions, years from dates, text for relevance", () => {
    const r = matchProfileFromJson({ resume, locations: ["Berlin, Germany"] }, new Date("2026-03-01"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.titles[0]).toBe("Senior Product Designer");
    expect(r.profile.yearsExperience).toBeGreaterThan(7);
    expect(r.profile.resumeText).toContain("Kiwi Mobility");
    expect(r.profile.locations).toEqual(["Berlin, Germany"]);
    expect(profileFeatures(r.profile).seniority).toBe("senior");
  });

  it("reads an applicant profile (JSON Resume + application) and a plain {resumeText}", () => {
    const a = matchProfileFromJson({ ...resume, application: { referralSource: "LinkedIn" } }, new Date("2026-03-01"));
    expect(a.ok && a.profile.titles[0]).toBe("Senior Product Designer");
    const t = matchProfileFromJson({ resumeText: RESUME });
    expect(t.ok && t.form).toBe("match-profile");
  });

  it("reports the field of a malformed resume", () => {
    const r = matchProfileFromJson({ resume: { work: [{ startDate: "last spring" }] } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/resume\.work\.0\.startDate/);
    expect(matchProfileFromJson([1, 2]).ok).toBe(false);
  });
});
