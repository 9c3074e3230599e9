import { findResumeVersion } from "@vanta/db/queries/resume-versions";
import type { ResumeVersionView } from "@vanta/shared/api/resumes";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { toVersionView } from "./view.ts";

export async function getResume(ctx: ServiceCtx, id: string): Promise<ResumeVersionView> {
  const row = await findResumeVersion(ctx.db, ctx.userId, id);
  if (!row) throw new NotFoundError("resume version");
  return toVersionView(row);
}
