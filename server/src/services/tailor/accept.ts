import { insertAudit } from "@vanta/db/queries/audit";
import { insertUserEvent } from "@vanta/db/queries/events";
import { findAgentJob, insertTailoredVersion, linkApplicationVersion } from "@vanta/db/queries/tailoring";
import type { TailorAcceptInput } from "@vanta/shared/api/tailor";
import { JsonResume } from "@vanta/shared/resume/schema";
import { resumeToText } from "@vanta/shared/resume/to-text";
import { checkResume } from "@vanta/shared/tailor/check";
import { applyChanges, type Change } from "@vanta/shared/tailor/diff";
import type { Provenance } from "@vanta/shared/tailor/provenance";
import { nowOf, type ServiceCtx } from "../context.ts";
import { InvalidInputError, NotFoundError } from "../domain-errors.ts";

interface DoneResult {
  source: unknown;
  tailored: { resume: unknown; provenance: Provenance[] };
  changes: Change[];
}

/**
 * Saves the accepted subset of a finished job's changes as a new resume version (kind tailored, child of
 * the version it was tailored from, linked to the posting) and makes it the application's resume.
 */
export async function acceptTailoredChanges(ctx: ServiceCtx, input: TailorAcceptInput) {
  const job = await findAgentJob(ctx.db, ctx.userId, input.jobId);
  if (!job) throw new NotFoundError("job");
  if (job.status !== "done" || !job.result) throw new InvalidInputError(`the job is ${job.status}, not done`, "jobId");
  const result = job.result as unknown as DoneResult;
  const known = new Set(result.changes.map((c) => c.id));
  const unknown = input.changeIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new InvalidInputError(`unknown change ids: ${unknown.slice(0, 5).join(", ")}`, "changeIds");
  const source = JsonResume.parse(result.source);
  const tailored = JsonResume.parse(result.tailored.resume);
  const merged = applyChanges(source, tailored, result.tailored.provenance, input.changeIds);
  // the merge only mixes source lines with checked ones; the checker runs once more on what is saved
  const { resume } = checkResume(source, merged, nowOf(ctx));
  const version = await ctx.db.transaction(async (tx) => {
    const row = await insertTailoredVersion(tx, {
      userId: ctx.userId,
      postingId: job.postingId,
      parentId: job.resumeVersionId ?? "",
      text: resumeToText(resume),
      content: resume as Record<string, unknown>,
    });
    if (job.applicationId) await linkApplicationVersion(tx, ctx.userId, job.applicationId, row.id);
    await insertAudit(tx, {
      userId: ctx.userId,
      action: "resume.tailored",
      entityType: "resume_version",
      entityId: row.id,
      after: { jobId: job.id, accepted: input.changeIds.length, of: known.size },
      requestId: ctx.requestId,
    });
    // the outcome loop: analytics compares applications sent with tailored vs base versions
    await insertUserEvent(tx, {
      userId: ctx.userId,
      type: "resume_generated",
      entityId: row.id,
      props: { postingId: job.postingId, applicationId: job.applicationId, accepted: input.changeIds.length },
    });
    return row;
  });
  return { resumeVersionId: version.id, postingId: version.postingId, applicationId: job.applicationId, resume };
}
