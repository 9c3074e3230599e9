import { findAgentJob } from "@vanta/db/queries/tailoring";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";

/** The job's state for the UI to poll: status, each step, and once done the diff, score and letter. */
export async function getTailorJob(ctx: ServiceCtx, jobId: string) {
  const job = await findAgentJob(ctx.db, ctx.userId, jobId);
  if (!job) throw new NotFoundError("job");
  return {
    id: job.id,
    status: job.status,
    steps: job.steps,
    error: job.error,
    resumeVersionId: job.resumeVersionId,
    postingId: job.postingId,
    applicationId: job.applicationId,
    result: job.status === "done" ? job.result : null,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
