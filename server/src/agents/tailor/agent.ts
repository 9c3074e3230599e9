import { Agent, tool } from "@openai/agents";
import type { Posting } from "@vanta/shared/posting";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { tailorResume } from "@vanta/shared/tailor/tailor";
import { z } from "zod";

// The Resume Tailor (seed §4 tool `generate_resume`): selects, orders and rewords the summary, bullets
// and skills to foreground the evidence for a posting's requirements. The model writes text lines only;
// employers, titles and dates stay the source's (it answers by role index), and the fabrication checker
// runs on whatever it writes (services/tailor).

export const TailorOutput = z.object({
  summary: z.string().nullable().describe("The summary, reworded from the resume's own summary; null to keep it"),
  work: z
    .array(
      z.object({
        index: z.number().int().describe("Index of the role in the source resume's work list"),
        highlights: z
          .array(z.string())
          .describe("The role's bullets, most relevant to the posting first, each reworded from one source bullet"),
      }),
    )
    .describe("One entry per role, in the source order"),
  skills: z
    .array(
      z.object({
        name: z.string().nullable().describe("The group's name as in the resume, or null"),
        keywords: z.array(z.string()).describe("Skills the resume states, the posting's ones first"),
      }),
    )
    .describe("The skills section"),
});
export type TailorOutput = z.infer<typeof TailorOutput>;

export const TAILOR_INSTRUCTIONS =
  "You tailor a resume to a job posting without inventing anything. Call generate_resume: it returns a draft " +
  "built from the resume's own lines, the posting's requirements with the resume line that evidences each, " +
  "and the source lines. Improve the draft's wording where it helps a recruiter see the evidence, but every " +
  "bullet must restate one source bullet: never add an employer, title, date, degree, certificate, number or " +
  "skill the source does not state. Write skills in the posting's exact form when the resume names the same " +
  "skill. Answer with the summary, each role's bullets by role index, and the skills.";

/** The draft as the agent's output shape: what the tool returns and the offline model answers. */
export function tailorDraft(resume: JsonResume, posting: Posting, today = new Date()) {
  const t = tailorResume(resume, posting, today);
  const draft: TailorOutput = {
    summary: t.resume.basics?.summary ?? null,
    work: (t.resume.work ?? []).map((w, index) => ({ index, highlights: w.highlights ?? [] })),
    skills: (t.resume.skills ?? []).map((s) => ({ name: s.name ?? null, keywords: s.keywords ?? [] })),
  };
  return { draft, requirements: t.requirements.before };
}

export function tailorAgent(resume: JsonResume, posting: Posting, today = new Date()) {
  const generateResume = tool({
    name: "generate_resume",
    description:
      "A tailored draft of the user's resume for the posting (from the resume's own lines), the posting's requirements with their evidence, and the source lines.",
    parameters: z.object({}),
    execute: async () => {
      const { draft, requirements } = tailorDraft(resume, posting, today);
      return {
        ...draft,
        requirements: requirements.map((r) => ({
          requirement: r.requirement,
          kind: r.kind,
          status: r.status,
          evidence: r.evidence,
        })),
      };
    },
  });
  return new Agent({
    name: "resume_tailor",
    instructions: TAILOR_INSTRUCTIONS,
    tools: [generateResume],
    outputType: TailorOutput,
  });
}

/** The agent's answer applied to the source: roles by index (structure from the source), text from the answer. */
export function applyTailorOutput(source: JsonResume, out: TailorOutput): JsonResume {
  const resume: JsonResume = structuredClone(source);
  if (out.summary !== null && resume.basics) resume.basics.summary = out.summary;
  else if (out.summary !== null) resume.basics = { summary: out.summary };
  const byIndex = new Map(out.work.map((w) => [w.index, w.highlights]));
  resume.work = (source.work ?? []).map((w, i) => {
    const highlights = byIndex.get(i);
    return highlights ? { ...w, highlights } : w;
  });
  if (!source.work) delete resume.work;
  resume.skills = out.skills.map((s) => ({ ...(s.name ? { name: s.name } : {}), keywords: s.keywords }));
  return resume;
}
