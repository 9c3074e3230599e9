import { atsScore, WEIGHTS } from "@vanta/shared/tailor/ats";
import { describe, expect, it } from "vitest";
import { posting, resume } from "./fixtures.ts";

describe("ATS score", () => {
  const r = atsScore(resume(), posting());

  it("scores parts 0..100 and weighs them into the score", () => {
    for (const v of Object.values(r.parts)) expect(v).toBeGreaterThanOrEqual(0);
    expect(r.score).toBe(
      Math.round(
        WEIGHTS.parseability * r.parts.parseability +
          WEIGHTS.keywords * r.parts.keywords +
          WEIGHTS.impact * r.parts.impact,
      ),
    );
  });

  it("matches a keyword only when the resume contains it, noting other forms", () => {
    expect(r.keywords.matched).toEqual(expect.arrayContaining(["Go", "Kubernetes", "PostgreSQL", "Bachelor's degree"]));
    expect(r.keywords.missing).toEqual(expect.arrayContaining(["Kafka", "Java"]));
    expect(r.keywords.synonyms).toEqual({ Kubernetes: ["k8s"], PostgreSQL: ["Postgres"] });
    const noK8s = resume();
    noK8s.work![0]!.highlights = noK8s.work![0]!.highlights!.filter((h) => !h.includes("k8s"));
    noK8s.basics!.summary = "Backend engineer.";
    expect(atsScore(noK8s, posting()).keywords.missing).toContain("Kubernetes");
    const withKafka = resume();
    withKafka.skills![0]!.keywords!.push("Kafka");
    const k = atsScore(withKafka, posting());
    expect(k.keywords.matched).toContain("Kafka");
    expect(k.parts.keywords).toBeGreaterThan(r.parts.keywords);
  });

  it("gives issues with a path and suggestions that never invent a claim", () => {
    const kafka = r.issues.find((i) => i.message.includes("Kafka"))!;
    expect(kafka).toEqual({
      path: "skills",
      message: expect.any(String),
      suggestion: 'Add "Kafka" to your skills if you have used it, and a bullet that shows where',
    });
    expect(r.issues.find((i) => i.path === "basics.summary")?.suggestion).toBe('Write "Kubernetes" in place of "k8s"');
    expect(r.issues.find((i) => i.path === "work[0].highlights[1]")?.suggestion).toBe(
      'Start with the verb: "Building the settlement service in Go handling 2M transactions a day"',
    );
    for (const i of r.issues) expect(i.suggestion).not.toMatch(/\d+%/);
  });

  it("drops parseability without standard sections and impact without quantified verb-first bullets", () => {
    const bare = atsScore({ basics: { name: "A", image: "https://x/p.png" } }, posting());
    expect(bare.parts.parseability).toBeLessThan(60);
    expect(bare.parts.impact).toBe(0);
    const weak = resume();
    for (const w of weak.work!)
      w.highlights = (w.highlights ?? []).map((h) => `Worked on ${h.replace(/\d[\d,.]*\S*/g, "")}`);
    expect(atsScore(weak, posting()).parts.impact).toBeLessThan(r.parts.impact);
  });
});
