import { findResumeVersion } from "@vanta/db/queries/resume-versions";
import type { ResumeDownloadOutput } from "@vanta/shared/api/resumes";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";

/** The original file of a version, byte for byte. */
export async function downloadResume(ctx: ServiceCtx, id: string): Promise<ResumeDownloadOutput> {
  const row = await findResumeVersion(ctx.db, ctx.userId, id);
  if (!row) throw new NotFoundError("resume version");
  if (!row.storageKey) throw new NotFoundError("original file of this resume version");
  const bytes = await ctx.files.get(row.storageKey);
  if (!bytes) throw new NotFoundError("original file of this resume version");
  return {
    filename: row.filename ?? "resume",
    mimeType: row.mimeType ?? "application/octet-stream",
    contentBase64: Buffer.from(bytes).toString("base64"),
  };
}
