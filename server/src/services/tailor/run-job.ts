import type { Database } from "@vanta/db";
import { findAgentJob, updateAgentJob } from "@vanta/db/queries/tailoring";
import { diffTailored } from "@vanta/shared/tailor/diff";
import { prepareApplication } from "../../agents/orchestrator/manager.ts";
import type { Logger } from "../../log.ts";
import type { ModelPort } from "../../ports/model/types.ts";
import { loadPosting, loadResume } from "./load.ts";

export interface JobDeps {
  db: Database;
  models: ModelPort;
  log: Logger;
  now?: () => Date;
}

/** At most this many deliveries per job: a job that crashes the server every time must stop coming back. */
export const MAX_ATTEMPTS = 3;

/**
 * Runs one queued job to its end, writing each step's progress to the row the UI polls. Idempotent: a
 * finished job is left alone, a job interrupted by a restart runs again from its first step.
 */
export async function runTailorJob(deps: JobDeps, ids: { jobId: string; userId: string }): Promise<{ status: string }> {
  const { db, log } = deps;
  const job = await findAgentJob(db, ids.userId, ids.jobId);
  if (!job) return { status: "missing" };
  if (job.status === "done" || job.status === "failed") return { status: job.status };
  const now = () => (deps.now ? deps.now() : new Date());
  if (job.attempts >= MAX_ATTEMPTS) {
    await updateAgentJob(db, ids.userId, ids.jobId, {
      status: "failed",
      error: "gave up after repeated interruptions",
      finishedAt: now(),
    });
    return { status: "failed" };
  }
  await updateAgentJob(db, ids.userId, ids.jobId, { status: "running", attempts: job.attempts + 1, startedAt: now() });
  try {
    const resume = await loadResume(db, ids.userId, job.resumeVersionId ?? "");
    const posting = await loadPosting(db, ids.userId, job.postingId ?? "");
    const { result, steps } = await prepareApplication(
      { models: deps.models, db, logger: log },
      { resume, posting },
      {
        userId: ids.userId,
        today: now(),
        onProgress: (s) =>
          updateAgentJob(db, ids.userId, ids.jobId, { steps: s as unknown as Record<string, unknown>[] }),
      },
    );
    const changes = diffTailored(resume, result.tailored.resume, result.tailored.provenance);
    await updateAgentJob(db, ids.userId, ids.jobId, {
      status: "done",
      steps: steps as unknown as Record<string, unknown>[],
      result: { source: resume, ...result, changes } as unknown as Record<string, unknown>,
      finishedAt: now(),
    });
    return { status: "done" };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    log.error("tailor job failed", { job_id: ids.jobId, user_id: ids.userId, error });
    await updateAgentJob(db, ids.userId, ids.jobId, { status: "failed", error, finishedAt: now() });
    return { status: "failed" };
  }
}
