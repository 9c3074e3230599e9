import type { Posting } from "@vanta/shared/posting";
import type { JsonResume } from "@vanta/shared/resume/schema";
import type { CoverLetter } from "@vanta/shared/tailor/cover-letter";
import type { TailorOutput } from "@vanta/shared/tailor/finalize";
import type { AgentRunDeps } from "../runner.ts";
import { type OptimizeResult, type RunOpts, runCoverLetterStep, runOptimizerStep, runTailorStep } from "./steps.ts";

// The Orchestrator, "prepare my application for this posting": tailor → score the tailored resume →
// cover letter from it. Each step is reported as it starts and ends (the job row the UI polls), with its
// model run id, so the user sees which agent did what.

export const STEP_NAMES = ["tailor", "score", "cover_letter"] as const;
export type StepName = (typeof STEP_NAMES)[number];

export interface StepState {
  name: StepName;
  status: "pending" | "running" | "done" | "failed";
  modelRunId: string | null;
  latencyMs: number | null;
  error: string | null;
}

export interface PreparedApplication {
  tailored: TailorOutput;
  ats: OptimizeResult;
  letter: CoverLetter;
}

export function initialSteps(): StepState[] {
  return STEP_NAMES.map((name) => ({ name, status: "pending", modelRunId: null, latencyMs: null, error: null }));
}

export async function prepareApplication(
  deps: AgentRunDeps,
  input: { resume: JsonResume; posting: Posting },
  opts: RunOpts & { onProgress?: (steps: StepState[]) => Promise<void> } = {},
): Promise<{ result: PreparedApplication; steps: StepState[] }> {
  const steps = initialSteps();
  const report = async () => opts.onProgress?.(structuredClone(steps));
  async function step<T>(name: StepName, run: () => Promise<{ result: T; modelRunId: string; latencyMs: number }>) {
    const s = steps.find((x) => x.name === name)!;
    s.status = "running";
    await report();
    try {
      const r = await run();
      Object.assign(s, { status: "done", modelRunId: r.modelRunId, latencyMs: r.latencyMs });
      await report();
      return r.result;
    } catch (err) {
      Object.assign(s, { status: "failed", error: err instanceof Error ? err.message : String(err) });
      await report();
      throw err;
    }
  }
  const tailored = await step("tailor", () => runTailorStep(deps, input.resume, input.posting, opts));
  const ats = await step("score", () => runOptimizerStep(deps, tailored.resume, input.posting, opts));
  const letter = await step("cover_letter", () => runCoverLetterStep(deps, tailored.resume, input.posting, opts));
  return { result: { tailored, ats, letter }, steps };
}
