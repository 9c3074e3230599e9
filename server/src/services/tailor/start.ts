import { findApplication } from "@vanta/db/queries/applications";
import { insertAgentJob } from "@vanta/db/queries/tailoring";
import type { TailorStartInput } from "@vanta/shared/api/tailor";
import { initialSteps } from "../../agents/orchestrator/manager.ts";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError, UnavailableError } from "../domain-errors.ts";
import { loadPosting, loadResume } from "./load.ts";

export const PREPARE_APPLICATION_PATH = "/jobs/prepare-application";

/**
 * Queues "prepare my application" for a resume version and a posting: the job row holds its state and
 * the scheduler (QStash in the cloud, in-process locally) delivers its id to the job endpoint.
 */
export async function startTailorJob(ctx: ServiceCtx, input: TailorStartInput): Promise<{ jobId: string }> {
  await loadResume(ctx.db, ctx.userId, input.resumeVersionId);
  await loadPosting(ctx.db, ctx.userId, input.postingId);
  if (input.applicationId && !(await findApplication(ctx.db, ctx.userId, input.applicationId)))
    throw new NotFoundError("application");
  if (!ctx.scheduler) throw new UnavailableError("no scheduler to run the job on");
  const job = await insertAgentJob(ctx.db, {
    userId: ctx.userId,
    kind: "prepare_application",
    resumeVersionId: input.resumeVersionId,
    postingId: input.postingId,
    applicationId: input.applicationId ?? null,
    steps: initialSteps() as unknown as Record<string, unknown>[],
  });
  await ctx.scheduler.publish({
    destinationPath: PREPARE_APPLICATION_PATH,
    body: { jobId: job.id, userId: ctx.userId },
  });
  ctx.log.info("tailor job queued", { job_id: job.id, user_id: ctx.userId });
  return { jobId: job.id };
}
