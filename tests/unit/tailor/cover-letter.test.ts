import { checkLetter, draftCoverLetter, letterSentences } from "@vanta/shared/tailor/cover-letter";
import { describe, expect, it } from "vitest";
import { posting, resume, TODAY } from "./fixtures.ts";

describe("cover letter", () => {
  const c = draftCoverLetter(resume(), posting(), TODAY);

  it("is written from the posting's and the resume's facts, each sentence with its sources", () => {
    expect(c.flags).toEqual([]);
    expect(c.text).toMatch(/^Dear Quillstone team,/);
    expect(c.text).toContain("Senior Backend Engineer, Payments");
    expect(c.text).toContain("I mentored four junior engineers through their first on-call rotations.");
    expect(c.text).toContain("Bachelor of Science in Computer Science from Oregon State University");
    expect(c.text).toMatch(/Dana Whitfield$/);
    expect(c.provenance.length).toBeGreaterThan(5);
    for (const p of c.provenance) expect(p.sources.length, p.path).toBeGreaterThan(0);
    expect(c.text).not.toMatch(/Kafka/);
  });

  it("removes a model's sentences that claim what the resume does not state", () => {
    const letter =
      "Dear Quillstone team,\n\nI have 10 years of Kafka experience at Google. I mentored four junior engineers at Larkspur Payments. " +
      "Your team runs Kafka and Kubernetes.\n\nSincerely,\nDana Whitfield";
    const r = checkLetter(letter, resume(), posting(), TODAY);
    expect(r.flags).toHaveLength(1);
    expect(r.flags[0]!.reason).toMatch(/"10 years".*Kafka.*Google/);
    expect(r.text).not.toContain("Google");
    expect(r.text).toContain("Your team runs Kafka and Kubernetes.");
    expect(letterSentences(r.text)).toHaveLength(4);
    expect(r.text).toMatch(/^Dear Quillstone team,\n\nI mentored/);
    expect(r.provenance.find((p) => p.path === "sentences[1]")?.sources).toEqual(
      expect.arrayContaining(["work[0].name", "work[0].highlights[0]"]),
    );
  });
});
