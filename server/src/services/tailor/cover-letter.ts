import { findApplication } from "@vanta/db/queries/applications";
import { insertCoverLetter } from "@vanta/db/queries/tailoring";
import type { CoverLetterDraftInput } from "@vanta/shared/api/tailor";
import { runCoverLetterStep } from "../../agents/orchestrator/steps.ts";
import type { ModelPort } from "../../ports/model/types.ts";
import { nowOf, type ServiceCtx } from "../context.ts";
import { InvalidInputError, NotFoundError } from "../domain-errors.ts";
import { loadPosting, loadResume } from "./load.ts";

/** A cover letter draft for an application's posting, written by the agent, checked, saved with the application. */
export async function draftCoverLetterFor(ctx: ServiceCtx, models: ModelPort, input: CoverLetterDraftInput) {
  const app = await findApplication(ctx.db, ctx.userId, input.applicationId);
  if (!app) throw new NotFoundError("application");
  if (!app.postingId) throw new InvalidInputError("this application has no posting to write to", "applicationId");
  const [resume, posting] = await Promise.all([
    loadResume(ctx.db, ctx.userId, input.resumeVersionId),
    loadPosting(ctx.db, ctx.userId, app.postingId),
  ]);
  const run = await runCoverLetterStep({ models, db: ctx.db, logger: ctx.log }, resume, posting, {
    userId: ctx.userId,
    today: nowOf(ctx),
  });
  const row = await insertCoverLetter(ctx.db, {
    userId: ctx.userId,
    applicationId: app.id,
    postingId: app.postingId,
    resumeVersionId: input.resumeVersionId,
    text: run.result.text,
    provenance: run.result.provenance as unknown as Record<string, unknown>[],
    flags: run.result.flags as unknown as Record<string, unknown>[],
    modelRunId: run.modelRunId,
  });
  return {
    id: row.id,
    text: row.text,
    provenance: run.result.provenance,
    flags: run.result.flags,
    modelRunId: run.modelRunId,
  };
}
