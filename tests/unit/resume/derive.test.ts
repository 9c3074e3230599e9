import { deriveProfileFacts, yearsOfExperience } from "@vanta/shared/resume/derive";
import { describe, expect, it } from "vitest";

const NOW = new Date("2026-01-15T00:00:00Z");

describe("deriveProfileFacts", () => {
  it("counts overlapping jobs once and lists titles current first", () => {
    const facts = deriveProfileFacts(
      {
        work: [
          { name: "Old Co", position: "Software Engineer", startDate: "2016-01", endDate: "2019-12" },
          // a side job that overlaps the first one by a year: 2019-01..2020-12 adds only 2020
          { name: "Side Co", position: "Consultant", startDate: "2019-01", endDate: "2020-12" },
          { name: "Now Co", position: "Senior Software Engineer", startDate: "2022-01" },
          { name: "Old Co", position: "software engineer", startDate: "2014-06", endDate: "2015-12" },
        ],
        skills: [
          { name: "Languages", keywords: ["Go", "Python"] },
          { name: "Skills", keywords: ["python", "Kubernetes"] },
        ],
      },
      NOW,
    );
    expect(facts.titles).toEqual(["Senior Software Engineer", "Consultant", "Software Engineer"]);
    expect(facts.skills).toEqual(["Go", "Python", "Kubernetes"]);
    // 2014-06..2015-12 (19 months) + 2016-01..2020-12 (60) + 2022-01..2026-01 (49) = 128 months
    expect(facts.yearsExperience).toBe(10.7);
    expect(facts.seniority).toBe("senior");
  });

  it("takes the level from the newest title, else from the years", () => {
    expect(deriveProfileFacts({ work: [{ position: "Staff Engineer", startDate: "2024-01" }] }, NOW).seniority).toBe(
      "staff",
    );
    expect(deriveProfileFacts({ work: [{ position: "Software Engineer", startDate: "2018-01" }] }, NOW).seniority).toBe(
      "senior",
    );
    expect(deriveProfileFacts({ work: [{ position: "Software Engineer", startDate: "2024-06" }] }, NOW).seniority).toBe(
      "junior",
    );
  });

  it("knows nothing without dated jobs", () => {
    const facts = deriveProfileFacts({ basics: { label: "Data Analyst" } }, NOW);
    expect(facts).toEqual({ titles: ["Data Analyst"], skills: [], yearsExperience: null, seniority: null });
  });

  it("falls back to the headline when no job names a position", () => {
    const facts = deriveProfileFacts(
      { basics: { label: "Java Developer" }, work: [{ name: "Maxgen Technologies", startDate: "2023-01" }] },
      NOW,
    );
    expect(facts.titles).toEqual(["Java Developer"]);
    expect(facts.yearsExperience).toBe(3.1);
  });

  it("reads bare years as whole years and ignores a job that ends before it starts", () => {
    expect(yearsOfExperience([{ startDate: "2019", endDate: "2021" }], NOW)).toBe(2.5);
    expect(yearsOfExperience([{ startDate: "2021-05", endDate: "2020-01" }], NOW)).toBeNull();
  });
});
