import { extractSkills, normalizeSkill, skillSet, vocabularySize } from "@vanta/shared/normalize/skills";
import { describe, expect, it } from "vitest";

describe("skills vocabulary", () => {
  it("has a few hundred curated skills", () => {
    expect(vocabularySize()).toBeGreaterThan(250);
  });

  it.each([
    ["JS", "javascript"],
    ["Postgres", "postgresql"],
    ["PostgreSQL", "postgresql"],
    ["k8s", "kubernetes"],
    ["ML", "machine learning"],
    ["golang", "go"],
    ["React.js", "react"],
    ["sklearn", "scikit-learn"],
    ["GCP", "google cloud"],
    ["nope-not-a-skill", null],
  ])("normalizes %s", (alias, id) => {
    expect(normalizeSkill(alias)).toBe(id);
  });

  it("matches whole tokens only", () => {
    const s = skillSet("We write JavaScript daily.");
    expect(s.has("javascript")).toBe(true);
    expect(s.has("java")).toBe(false);
    expect(skillSet("Experience in Java-based services").has("java")).toBe(true);
  });

  it("keeps symbols that are part of a name", () => {
    const s = skillSet("C++, C#, .NET Core, Node.js and CI/CD");
    for (const id of ["c++", "c#", ".net", "node.js", "ci/cd"]) expect(s.has(id)).toBe(true);
  });

  it("splits slash lists but keeps multi-word aliases", () => {
    const s = skillSet("React/Redux, machine learning, A/B testing, Google Cloud Platform");
    for (const id of ["react", "redux", "machine learning", "a/b testing", "google cloud"])
      expect(s.has(id)).toBe(true);
  });

  it("treats short English words case-sensitively", () => {
    expect(skillSet("We use Go and R.").has("go")).toBe(true);
    expect(skillSet("We use Go and R.").has("r")).toBe(true);
    expect(skillSet("ready to go to the office").has("go")).toBe(false);
    expect(skillSet("Our R&D group").has("r")).toBe(false);
    expect(skillSet("the rest of the team").has("rest apis")).toBe(false);
  });

  it("reports verbatim spans", () => {
    const text = "Skills: k8s, Postgres";
    for (const h of extractSkills(text)) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
});
