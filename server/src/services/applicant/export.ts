import { findDefaultResumeVersion } from "@vanta/db/queries/resume-versions";
import type { ApplicantProfile } from "@vanta/shared/resume/applicant";
import { buildApplicantProfile } from "@vanta/shared/resume/applicant-json";
import type { ServiceCtx } from "../context.ts";
import { resumeOf } from "../resumes/view.ts";
import { readApplicant } from "./store.ts";
import { applicationOf } from "./view.ts";

/** The applicant profile's JSON form: the default resume version + `application` ("Download my applicant profile"). */
export async function exportApplicant(ctx: ServiceCtx): Promise<ApplicantProfile> {
  const row = await readApplicant(ctx.db, ctx.keys, ctx.userId);
  const version = await findDefaultResumeVersion(ctx.db, ctx.userId);
  const { eeo, ...application } = applicationOf(row);
  return buildApplicantProfile({
    resume: version ? resumeOf(version).resume : null,
    contact: row.contact,
    application,
    eeo: eeo ?? null,
  });
}
