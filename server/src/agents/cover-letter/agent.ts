import { Agent, tool } from "@openai/agents";
import type { Posting } from "@vanta/shared/posting";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { draftCoverLetter } from "@vanta/shared/tailor/cover-letter";
import { resumeEvidence } from "@vanta/shared/tailor/evidence";
import { z } from "zod";

// The Cover-letter writer: a letter for one posting under the tailor's rules. The tool gives a draft
// assembled from facts and the evidence per requirement; the letter the model writes goes through
// checkLetter (a sentence about the applicant may state only resume facts).

export const CoverLetterOutput = z.object({
  text: z.string().describe("The letter: greeting, three short paragraphs, sign-off with the applicant's name"),
});
export type CoverLetterOutput = z.infer<typeof CoverLetterOutput>;

export const COVER_LETTER_INSTRUCTIONS =
  "You write a cover letter for a job posting. Call draft_cover_letter: it returns a draft built from the " +
  "resume and the posting, the posting's requirements with the resume line that evidences each, and the " +
  "applicant's name. Write a concise letter (under 250 words) using only those facts: every claim about the " +
  "applicant must come from an evidence line; never add employers, titles, numbers, skills or degrees.";

export function coverLetterAgent(resume: JsonResume, posting: Posting, today = new Date()) {
  const draftTool = tool({
    name: "draft_cover_letter",
    description: "A cover letter draft from the resume and posting facts, with the evidence per requirement.",
    parameters: z.object({}),
    execute: async () => {
      const { requirements } = resumeEvidence(resume, posting, today.getUTCFullYear());
      return {
        text: draftCoverLetter(resume, posting, today).text,
        company: posting.company,
        title: posting.title,
        name: resume.basics?.name ?? null,
        evidence: requirements
          .filter((r) => r.status !== "missing")
          .map((r) => ({ requirement: r.requirement, evidence: r.evidence })),
      };
    },
  });
  return new Agent({
    name: "cover_letter_writer",
    instructions: COVER_LETTER_INSTRUCTIONS,
    tools: [draftTool],
    outputType: CoverLetterOutput,
  });
}
