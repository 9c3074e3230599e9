import { listResumeVersions } from "@vanta/db/queries/resume-versions";
import type { ResumeVersionSummary } from "@vanta/shared/api/resumes";
import type { ServiceCtx } from "../context.ts";
import { toVersionSummary } from "./view.ts";

export async function listResumes(ctx: ServiceCtx): Promise<ResumeVersionSummary[]> {
  return (await listResumeVersions(ctx.db, ctx.userId)).map(toVersionSummary);
}
