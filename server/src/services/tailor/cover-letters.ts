import { findApplication } from "@vanta/db/queries/applications";
import { type CoverLetterRow, listCoverLetters, updateCoverLetterText } from "@vanta/db/queries/tailoring";
import type { CoverLetterUpdateInput } from "@vanta/shared/api/tailor";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";

const view = (r: CoverLetterRow) => ({
  id: r.id,
  applicationId: r.applicationId,
  postingId: r.postingId,
  resumeVersionId: r.resumeVersionId,
  text: r.text,
  provenance: r.provenance,
  flags: r.flags,
  modelRunId: r.modelRunId,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The application's cover letter drafts, newest first. */
export async function listLetters(ctx: ServiceCtx, applicationId: string) {
  if (!(await findApplication(ctx.db, ctx.userId, applicationId))) throw new NotFoundError("application");
  return (await listCoverLetters(ctx.db, ctx.userId, applicationId)).map(view);
}

/** The user edits their draft: their words are saved as written. */
export async function updateLetter(ctx: ServiceCtx, input: CoverLetterUpdateInput) {
  const row = await updateCoverLetterText(ctx.db, ctx.userId, input.id, input.text);
  if (!row) throw new NotFoundError("cover letter");
  return view(row);
}
