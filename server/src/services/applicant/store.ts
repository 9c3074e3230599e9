import type { Executor } from "@vanta/db";
import { type ApplicantRow, type ApplicantSet, ensureApplicant, updateApplicant } from "@vanta/db/queries/applicant";
import type { ApplicationDetails, EeoAnswers } from "@vanta/shared/resume/applicant";
import type { Keyring } from "../crypto/envelope.ts";
import { openFor, sealFor } from "../crypto/user-key.ts";

// The applicant row as services see it (plain answers) vs as stored: self-identification, sponsorship and the
// salary expectation leave the server only sealed with the user's data key, in `sensitive`. Rows written before
// encryption (plaintext `eeo`) are read as is and sealed on their next write.

interface Sensitive {
  eeo?: EeoAnswers | null;
  needsSponsorship?: boolean;
  salaryExpectation?: ApplicationDetails["salaryExpectation"];
}

type App = ApplicantRow["application"];

function need(keys: Keyring | undefined): Keyring {
  if (!keys) throw new Error("encryption keys are not configured for this service");
  return keys;
}

/** The stored row with its sensitive answers opened (eeo, sponsorship, salary back in place). */
export async function readApplicant(db: Executor, keys: Keyring | undefined, userId: string): Promise<ApplicantRow> {
  const row = await ensureApplicant(db, userId);
  if (!row.sensitive) return row;
  const s = await openFor<Sensitive>(db, need(keys), userId, row.sensitive);
  const application: App = { ...row.application };
  if (s.needsSponsorship !== undefined)
    application.workAuthorization = {
      countries: application.workAuthorization?.countries ?? [],
      ...application.workAuthorization,
      needsSponsorship: s.needsSponsorship,
    };
  if (s.salaryExpectation) application.salaryExpectation = s.salaryExpectation;
  return { ...row, application, eeo: s.eeo ?? null };
}

/** Writes the row: the sensitive answers sealed into `sensitive`, never in plaintext columns. */
export async function writeApplicant(
  db: Executor,
  keys: Keyring | undefined,
  userId: string,
  current: ApplicantRow,
  set: ApplicantSet,
): Promise<void> {
  const application: App = { ...(set.application ?? current.application) };
  const eeo = set.eeo !== undefined ? set.eeo : current.eeo;
  const sensitive: Sensitive = {};
  if (eeo && Object.keys(eeo).length) sensitive.eeo = eeo;
  if (application.workAuthorization?.needsSponsorship !== undefined) {
    sensitive.needsSponsorship = application.workAuthorization.needsSponsorship;
    const { needsSponsorship: _n, ...auth } = application.workAuthorization;
    application.workAuthorization = auth as App["workAuthorization"];
  }
  if (application.salaryExpectation) {
    sensitive.salaryExpectation = application.salaryExpectation;
    delete application.salaryExpectation;
  }
  const sealed = Object.keys(sensitive).length ? await sealFor(db, need(keys), userId, sensitive) : null;
  await updateApplicant(db, userId, {
    ...(set.contact ? { contact: set.contact } : {}),
    application,
    eeo: null,
    sensitive: sealed,
  });
}
