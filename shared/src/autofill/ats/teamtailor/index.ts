import type { AtsAdapter } from "../../adapter.ts";
import type { Meaning } from "../../meaning.ts";

// Teamtailor career-site application form (`#job-application-form`, `candidate[...]` names, screening
// questions as fieldsets). Verified on corpus scout-2/pages/teamtailor/*-with-apply-form.html.
const fieldMap: readonly (readonly [RegExp, Meaning])[] = [
  [/^candidate\[first_name\]$/, "firstName"],
  [/^candidate\[last_name\]$/, "lastName"],
  [/^candidate\[email\]$/, "email"],
  [/^candidate\[phone\]$/, "phone"],
  [/^candidate_resume_remote_url$/, "resume"],
  [/cover_letter\]$/, "coverLetter"],
];

export const teamtailor: AtsAdapter = {
  name: "teamtailor",
  matches: ["*://*.teamtailor.com/*"],
  signature: ["form#job-application-form[data-controller*='careersite--form']"],
  form: ["form#job-application-form"],
  ignore: ["#candidate_file_remote_url"],
  fieldMap,
  verifiedOn: [
    "corpus:scout-2/pages/teamtailor/sqverful-teamtailor-harper-senior-software-engineer-with-apply-form.html",
  ],
};
