import { FitResult } from "@vanta/shared/fit";
import { estimateSalary } from "@vanta/shared/match/estimate";
import { titlesFromResume } from "@vanta/shared/match/profile-features";
import { rankPostings } from "@vanta/shared/match/rank";
import { scorePosting } from "@vanta/shared/match/score";
import { extractRequirements } from "@vanta/shared/match/sections";
import { yearsFromResume, yearsRequired } from "@vanta/shared/match/years";
import type { Posting } from "@vanta/shared/posting";
import { describe, expect, it } from "vitest";
import { loadPostings, loadProfile, posting } from "./fixtures.ts";

const today = "2026-01-15";
const profile = loadProfile("profile-backend.json");

describe("scorePosting", () => {
  it("returns a valid FitResult", () => {
    const fit = scorePosting(profile, posting("be-1"), { today });
    expect(FitResult.safeParse(fit).success).toBe(true);
    expect(fit.rationale).toContain("Senior Backend Engineer, Payments");
  });

  it("quotes only verbatim lines of the resume or profile as evidence", () => {
    const withFields = { ...profile, skills: ["Terraform", "gRPC"], titles: ["Senior Backend Engineer"] };
    let checked = 0;
    for (const p of loadPostings()) {
      const fit = scorePosting(withFields, p, { today });
      for (const r of fit.requirements) {
        if (r.status === "missing") expect(r.evidence).toBeNull();
        if (r.evidence === null) continue;
        checked++;
        const inResume = withFields.resumeText.includes(r.evidence);
        const isField = [...withFields.skills, ...withFields.titles].includes(r.evidence);
        expect(inResume || isField, r.evidence).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("judges requirements met, partial and missing", () => {
    const fit = scorePosting(profile, posting("fe-1"), { today });
    const byText = Object.fromEntries(fit.requirements.map((r) => [r.requirement, r.status]));
    expect(byText["5+ years with React and TypeScript"]).toBe("missing");
    const be = scorePosting(profile, posting("be-1"), { today });
    expect(be.requirements.find((r) => r.requirement === "Experience with Kafka and PostgreSQL")).toMatchObject({
      status: "met",
      kind: "required",
    });
    expect(be.requirements.find((r) => r.requirement === "Terraform")?.kind).toBe("preferred");
    expect(
      be.requirements.find((r) => r.requirement === "5+ years of backend development experience")?.evidence,
    ).toContain("8 years");
  });

  it("says what would raise the score", () => {
    const fit = scorePosting(profile, posting("fe-1"), { today });
    expect(fit.improvements.join(" ")).toMatch(/React/);
  });

  it("is deterministic", () => {
    const a = scorePosting(profile, posting("be-2"), { today });
    const b = scorePosting(profile, posting("be-2"), { today });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const ranked1 = rankPostings(profile, loadPostings(), today).map((r) => [r.posting.id, r.score]);
    const ranked2 = rankPostings(profile, loadPostings(), today).map((r) => [r.posting.id, r.score]);
    expect(ranked1).toEqual(ranked2);
  });

  it("ranks the backend roles above frontend, data and sales for a backend resume", () => {
    const ids = rankPostings(profile, loadPostings(), today)
      .filter((r) => r.passed)
      .map((r) => r.posting.id);
    expect(ids.indexOf("be-1")).toBeLessThan(ids.indexOf("fe-1"));
    expect(ids.indexOf("be-2")).toBeLessThan(ids.indexOf("ds-1"));
    expect(ids.at(-1)).toBe("sales-1");
  });

  it("uses freshness only when given a date", () => {
    const old = { ...posting("be-1"), postedAt: "2025-06-01" };
    expect(scorePosting(profile, old, { today }).factors.freshness).toBeLessThan(0.2);
    expect(scorePosting(profile, old).factors.freshness).toBe(0.5);
  });
});

describe("derived profile facts", () => {
  it("reads titles and years from resume text", () => {
    expect(titlesFromResume(profile.resumeText)[0]).toBe("Senior Backend Engineer");
    expect(yearsFromResume(profile.resumeText, 2026)).toBe(8);
    expect(yearsFromResume("Engineer, Acme (2015-2019)\nLead, Beta (2019 - present)", 2026)).toBe(11);
  });

  it("reads the years a posting asks", () => {
    expect(yearsRequired("5+ years of backend experience; 2+ years of Go experience")).toBe(5);
    expect(yearsRequired("3-5 years of relevant experience")).toBe(3);
    expect(yearsRequired("minimum of 4 years in sales")).toBe(4);
    expect(yearsRequired("We were founded 10 years ago")).toBeNull();
  });
});

describe("requirement sections", () => {
  it("splits required and preferred by headings", () => {
    const reqs = extractRequirements(
      "## About the Role\nYou will build things.\n## Basic Qualifications\n- 3+ years of Python\n- SQL\n## Preferred Qualifications\n- Spark experience\n\nUber's mission is to reimagine the way the world moves for the better. Here, bold ideas create real-world impact and more text that goes on for a while past the list.",
    );
    expect(reqs).toEqual([
      { text: "3+ years of Python", kind: "required" },
      { text: "Spark experience", kind: "preferred" },
    ]);
  });

  it("recognizes 'What you bring' / 'Nice to have' and drops employer statements", () => {
    const reqs = extractRequirements(
      "What you bring:\n* Kotlin services in production\nNice to have:\n* Terraform\n* We offer visa sponsorship",
    );
    expect(reqs).toEqual([
      { text: "Kotlin services in production", kind: "required" },
      { text: "Terraform", kind: "preferred" },
    ]);
  });

  it("falls back to requirement-like sentences without headings", () => {
    const reqs = extractRequirements(
      "We build maps. You have 4+ years of experience with Java. Knowledge of Kafka is a plus.",
    );
    expect(reqs.map((r) => r.kind)).toEqual(["required", "preferred"]);
  });
});

describe("estimateSalary", () => {
  const base: Posting = {
    title: "Senior Backend Engineer",
    company: "X",
    locations: ["Denver, CO, US"],
    remote: "onsite",
    employmentType: null,
    salary: null,
    description: "",
    postedAt: null,
    closed: false,
    source: "test",
    sourceId: null,
    url: "https://example.com/1",
  };
  const withPay = (min: number, max: number, extra: Partial<Posting> = {}): Posting => ({
    ...base,
    ...extra,
    salary: { min, max, currency: "USD", period: "year" },
  });

  it("estimates from similar postings and labels it", () => {
    const similar = [
      withPay(150000, 170000),
      withPay(160000, 180000),
      withPay(170000, 190000),
      withPay(40, 50, { title: "Barista" }),
    ];
    const est = estimateSalary(base, similar);
    expect(est).toMatchObject({ estimate: true, sampleSize: 3, currency: "USD", period: "year" });
    expect(est!.min!).toBeGreaterThanOrEqual(160000);
    expect(est!.max!).toBeLessThanOrEqual(180000);
  });

  it("annualizes hourly pay and refuses with too few samples", () => {
    const hourly = [1, 2, 3].map(() => ({
      ...base,
      salary: { min: 50, max: 50, currency: "USD", period: "hour" as const },
    }));
    expect(estimateSalary(base, hourly)?.min).toBe(104000);
    expect(estimateSalary(base, [withPay(1, 2)])).toBeNull();
  });
});
