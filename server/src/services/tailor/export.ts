import { findCoverLetter } from "@vanta/db/queries/tailoring";
import type { CoverLetterExportInput, TailorExportInput } from "@vanta/shared/api/tailor";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { MIME, renderLetter, renderResume } from "../export/render.ts";
import { loadResume } from "./load.ts";

/** A resume version as a PDF or DOCX file (base64, for the options page to save). */
export async function exportVersion(ctx: ServiceCtx, input: TailorExportInput) {
  const resume = await loadResume(ctx.db, ctx.userId, input.resumeVersionId);
  const bytes = await renderResume(resume, input.format);
  const base = (resume.basics?.name ?? "resume").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "resume";
  return {
    filename: `${base}.${input.format}`,
    mimeType: MIME[input.format],
    base64: Buffer.from(bytes).toString("base64"),
  };
}

/** A cover letter draft (as the user last edited it) as a PDF or DOCX file. */
export async function exportLetter(ctx: ServiceCtx, input: CoverLetterExportInput) {
  const letter = await findCoverLetter(ctx.db, ctx.userId, input.id);
  if (!letter) throw new NotFoundError("cover letter");
  const bytes = await renderLetter(letter.text, input.format);
  return {
    filename: `cover-letter.${input.format}`,
    mimeType: MIME[input.format],
    base64: Buffer.from(bytes).toString("base64"),
  };
}
