import { Agent, tool } from "@openai/agents";
import type { Posting } from "@vanta/shared/posting";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { atsScore } from "@vanta/shared/tailor/ats";
import { z } from "zod";

// The Optimizer (seed §4 tool `optimize_resume`): the ATS score and its concrete fixes. The score is
// computed, never the model's: the service keeps the tool's number. The model may reword the fixes, and
// the fabrication rules apply to them (services/tailor/optimize.ts drops a fix that asks for a claim).

export const OptimizerOutput = z.object({
  score: z.number().int().min(0).max(100).describe("The score optimize_resume returned, unchanged"),
  summary: z
    .string()
    .describe("Two sentences for the user: where the resume stands for this posting and the first fix"),
  issues: z
    .array(
      z.object({
        path: z.string().describe("The resume path the fix applies to, as optimize_resume gave it"),
        message: z.string().describe("What is wrong"),
        suggestion: z
          .string()
          .describe('The fix. A missing skill or credential is conditional: "add X if you have used it"'),
      }),
    )
    .describe("The fixes, most valuable first"),
});
export type OptimizerOutput = z.infer<typeof OptimizerOutput>;

export const OPTIMIZER_INSTRUCTIONS =
  "You are an ATS optimizer. Call optimize_resume: it returns the resume's ATS score for the posting (parts: " +
  "parseability, keywords, impact), matched and missing keywords, and issues with paths. Answer with the score " +
  "unchanged, a two-sentence summary, and the issues ordered by value, reworded for clarity if useful. Never " +
  "suggest a claim the resume does not make: missing skills or credentials are added only 'if you have' them.";

export function optimizerAgent(resume: JsonResume, posting: Posting) {
  const optimizeResume = tool({
    name: "optimize_resume",
    description: "The resume's ATS score for the posting with its parts, keywords (matched, missing) and issues.",
    parameters: z.object({}),
    execute: async () => atsScore(resume, posting),
  });
  return new Agent({
    name: "resume_optimizer",
    instructions: OPTIMIZER_INSTRUCTIONS,
    tools: [optimizeResume],
    outputType: OptimizerOutput,
  });
}
