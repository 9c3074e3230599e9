import type { ApplicantRow } from "@vanta/db/queries/applicant";
import type { ResumeVersionRow } from "@vanta/db/queries/resume-versions";
import { type ApplicantView, contactFields } from "@vanta/shared/api/applicant";
import { ApplicationDetails } from "@vanta/shared/resume/applicant";
import { resolveContact } from "@vanta/shared/resume/applicant-json";
import { resumeOf } from "../resumes/view.ts";

/** The stored `application` (+ EEO answers) as the schema's output; a row that no longer parses reads as empty. */
export function applicationOf(row: ApplicantRow): ApplicationDetails {
  const parsed = ApplicationDetails.safeParse({ ...row.application, ...(row.eeo ? { eeo: row.eeo } : {}) });
  return parsed.success ? parsed.data : ApplicationDetails.parse({});
}

export function toApplicantView(row: ApplicantRow, resume: ResumeVersionRow | null): ApplicantView {
  const basics = resume ? resumeOf(resume).resume.basics : undefined;
  return {
    contact: resolveContact(basics, row.contact),
    contactTypedByHand: contactFields.filter((f) => row.contact[f] !== undefined),
    application: applicationOf(row),
    defaultResumeId: resume?.id ?? null,
  };
}
