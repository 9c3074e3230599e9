import { titleClassifier } from "@vanta/shared/normalize/classify";
import { describe, expect, it } from "vitest";

// Ingestion's use of the title/seniority/skills modules: the level from the title, else from
// the years the posting asks for.
const classify = (title: string, description = "", yearsMin: number | null = null) =>
  titleClassifier({ title, description, tags: [], yearsMin });

describe("titleClassifier seniority", () => {
  it.each([
    ["Senior Backend Engineer", null, "senior"],
    ["Staff Software Engineer, Platform", null, "staff"],
    ["Software Engineering Intern, Perception", null, "intern"],
    ["Engineering Manager, Workload Management", null, "manager"],
    ["VP Corporate Marketing", null, "executive"],
    ["Head of European and UK Policy", null, "director"],
    ["Junior Designer", null, "junior"],
    ["Data Analyst", 6, "senior"],
    ["Data Analyst", 3, "mid"],
    ["Data Analyst", null, null],
  ] as const)("%s (years %s) → %s", (title, years, want) => expect(classify(title, "", years).seniority).toBe(want));
});

describe("titleClassifier family and skills", () => {
  it("names the family and collects skills from title, tags and text", () => {
    const r = titleClassifier({
      title: "Senior Backend Engineer",
      description: "You will build services in Go and PostgreSQL on Kubernetes.",
      tags: ["aws"],
    });
    expect(r.family).toBe("software_engineering");
    expect(r.skills).toEqual(expect.arrayContaining(["go", "postgresql", "kubernetes"]));
  });
});
