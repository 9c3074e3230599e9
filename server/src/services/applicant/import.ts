import { insertAudit } from "@vanta/db/queries/audit";
import type { ApplicantView } from "@vanta/shared/api/applicant";
import type { ApplicantProfile } from "@vanta/shared/resume/applicant";
import { resumeToText } from "@vanta/shared/resume/to-text";
import type { ServiceCtx } from "../context.ts";
import { saveResumeVersion } from "../resumes/save.ts";
import { getApplicant } from "./get.ts";
import { readApplicant, writeApplicant } from "./store.ts";

/**
 * Loads an applicant profile file: its resume part becomes a new default version (when it has any content)
 * and its `application` replaces the stored one. Typed contact fields are cleared, since the file's `basics`
 * now say who the applicant is; exporting right after gives the same file back.
 */
export async function importApplicant(ctx: ServiceCtx, profile: ApplicantProfile): Promise<ApplicantView> {
  const { application, ...resume } = profile;
  if (resumeToText(resume)) await saveResumeVersion(ctx, { resume, makeDefault: true });
  const { eeo, ...rest } = application ?? { answers: [] };
  await ctx.db.transaction(async (tx) => {
    const row = await readApplicant(tx, ctx.keys, ctx.userId);
    await writeApplicant(tx, ctx.keys, ctx.userId, row, {
      contact: {},
      application: rest,
      eeo: eeo && Object.keys(eeo).length ? eeo : null,
    });
    await insertAudit(tx, {
      userId: ctx.userId,
      action: "applicant.import",
      entityType: "applicant_profile",
      entityId: row.id,
      requestId: ctx.requestId,
    });
  });
  return getApplicant(ctx);
}
