import { Agent, tool } from "@openai/agents";
import { z } from "zod";

// A small real agent used by the port tests: compares a posting's text with a candidate's skills.
// Its tool does the lexical work; the model (offline or OpenAI) decides to call it and writes the answer.

export const SkillMatchOutput = z.object({
  matched_skills: z.array(z.string()).describe("Candidate skills the posting mentions"),
  missing_skills: z.array(z.string()).describe("Candidate skills the posting does not mention"),
  coverage: z.number().int().min(0).max(100).describe("Share of candidate skills the posting mentions, 0-100"),
  summary: z.string().describe("One line for the user"),
});
export type SkillMatch = z.infer<typeof SkillMatchOutput>;

export function matchSkills(posting: string, candidateSkills: string[]) {
  // Keep "c++", "c#", "node.js"; drop sentence punctuation ("Kafka." -> "kafka").
  const text = ` ${posting
    .toLowerCase()
    .replace(/[^a-z0-9+#.]+/g, " ")
    .replace(/\.+(\s|$)/g, " ")} `;
  const matched = candidateSkills.filter((s) => text.includes(` ${s.toLowerCase()} `));
  const missing = candidateSkills.filter((s) => !matched.includes(s));
  const coverage = candidateSkills.length === 0 ? 0 : Math.round((100 * matched.length) / candidateSkills.length);
  return { matched_skills: matched, missing_skills: missing, coverage };
}

export const findSkillsTool = tool({
  name: "find_skills",
  description: "Lists which of the candidate's skills the posting text mentions, and the coverage percentage.",
  parameters: z.object({
    posting: z.string().describe("The job posting text"),
    candidate_skills: z.array(z.string()).describe("The candidate's skills"),
  }),
  execute: async ({ posting, candidate_skills }) => matchSkills(posting, candidate_skills),
});

export const skillMatchAgent = new Agent({
  name: "skill_match",
  instructions:
    "You compare a job posting with a candidate's skills. Call find_skills with the posting text and the " +
    "candidate skills, then answer with its matched and missing skills, its coverage, and a one-line summary.",
  tools: [findSkillsTool],
  outputType: SkillMatchOutput,
});
