import { ensureApplicant } from "@vanta/db/queries/applicant";
import { findDefaultResumeVersion } from "@vanta/db/queries/resume-versions";
import type { ApplicantView } from "@vanta/shared/api/applicant";
import type { ServiceCtx } from "../context.ts";
import { toApplicantView } from "./view.ts";

export async function getApplicant(ctx: ServiceCtx): Promise<ApplicantView> {
  const row = await ensureApplicant(ctx.db, ctx.userId);
  return toApplicantView(row, await findDefaultResumeVersion(ctx.db, ctx.userId));
}
