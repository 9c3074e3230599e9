import { findDefaultResumeVersion } from "@vanta/db/queries/resume-versions";
import type { ApplicantView } from "@vanta/shared/api/applicant";
import type { ServiceCtx } from "../context.ts";
import { readApplicant } from "./store.ts";
import { toApplicantView } from "./view.ts";

export async function getApplicant(ctx: ServiceCtx): Promise<ApplicantView> {
  const row = await readApplicant(ctx.db, ctx.keys, ctx.userId);
  return toApplicantView(row, await findDefaultResumeVersion(ctx.db, ctx.userId));
}
