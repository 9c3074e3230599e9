import type { Posting } from "@vanta/shared/posting";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { type AtsIssue, atsScore } from "@vanta/shared/tailor/ats";
import type { Flag } from "@vanta/shared/tailor/check";
import { type CoverLetter, checkLetter } from "@vanta/shared/tailor/cover-letter";
import { describeUnsupported, factsOf, unsupportedFacts } from "@vanta/shared/tailor/facts";
import { finalizeTailored, type TailorOutput } from "@vanta/shared/tailor/finalize";
import { coverLetterAgent } from "../cover-letter/agent.ts";
import "../cover-letter/offline.ts";
import { optimizerAgent } from "../optimizer/agent.ts";
import "../optimizer/offline.ts";
import { type AgentRunDeps, runAgent } from "../runner.ts";
import { applyTailorOutput, tailorAgent } from "../tailor/agent.ts";
import "../tailor/offline.ts";

// One agent run per step, and after every model the rules that hold whatever the model: the fabrication
// checker and provenance for the resume, checkLetter for the letter, the computed score and conditional
// suggestions for the optimizer.

export interface StepRun<T> {
  result: T;
  modelRunId: string;
  latencyMs: number;
}

export interface RunOpts {
  userId?: string | null;
  today?: Date;
  /** stream the model's answer (default: on OpenAI, which supports it) */
  stream?: boolean;
}

const streamOf = (deps: AgentRunDeps, opts: RunOpts) => opts.stream ?? deps.models.kind === "openai";

/** The agent input: the resume (no applicant answers: they never reach a model) and the posting. */
function agentInput(resume: JsonResume, posting: Posting): string {
  const { meta: _meta, ...r } = resume;
  return JSON.stringify({
    posting: { title: posting.title, company: posting.company, description: posting.description.slice(0, 20_000) },
    resume: r,
  });
}

export async function runTailorStep(
  deps: AgentRunDeps,
  resume: JsonResume,
  posting: Posting,
  opts: RunOpts = {},
): Promise<StepRun<TailorOutput>> {
  const today = opts.today ?? new Date();
  const run = await runAgent(deps, tailorAgent(resume, posting, today), agentInput(resume, posting), {
    userId: opts.userId,
    purpose: "tailor_resume",
    stream: streamOf(deps, opts),
  });
  const result = finalizeTailored(resume, applyTailorOutput(resume, run.output), today);
  return { result, modelRunId: run.modelRunId, latencyMs: run.latencyMs };
}

export interface OptimizeResult {
  score: number;
  parts: { parseability: number; keywords: number; impact: number };
  keywords: { matched: string[]; missing: string[]; synonyms: Record<string, string[]> };
  summary: string;
  issues: AtsIssue[];
  flags: Flag[];
}

const CONDITIONAL = /\bif (you|your)\b/i;

export async function runOptimizerStep(
  deps: AgentRunDeps,
  resume: JsonResume,
  posting: Posting,
  opts: RunOpts = {},
): Promise<StepRun<OptimizeResult>> {
  const run = await runAgent(deps, optimizerAgent(resume, posting), agentInput(resume, posting), {
    userId: opts.userId,
    purpose: "optimize_resume",
    stream: streamOf(deps, opts),
  });
  // the number is computed, not the model's; a fix stating a fact the resume lacks must be conditional
  const ats = atsScore(resume, posting);
  const facts = factsOf(resume, opts.today);
  const flags: Flag[] = [];
  const issues = run.output.issues.filter((issue, i) => {
    const bad = unsupportedFacts(issue.suggestion, [facts]);
    if (bad.length === 0 || CONDITIONAL.test(issue.suggestion)) return true;
    flags.push({
      path: `issues[${i}]`,
      reason: `removed: suggests ${describeUnsupported(bad)} as a fact, not "if you have it"`,
    });
    return false;
  });
  return {
    result: { score: ats.score, parts: ats.parts, keywords: ats.keywords, summary: run.output.summary, issues, flags },
    modelRunId: run.modelRunId,
    latencyMs: run.latencyMs,
  };
}

export async function runCoverLetterStep(
  deps: AgentRunDeps,
  resume: JsonResume,
  posting: Posting,
  opts: RunOpts = {},
): Promise<StepRun<CoverLetter>> {
  const today = opts.today ?? new Date();
  const run = await runAgent(deps, coverLetterAgent(resume, posting, today), agentInput(resume, posting), {
    userId: opts.userId,
    purpose: "cover_letter",
    stream: streamOf(deps, opts),
  });
  return {
    result: checkLetter(run.output.text, resume, posting, today),
    modelRunId: run.modelRunId,
    latencyMs: run.latencyMs,
  };
}
