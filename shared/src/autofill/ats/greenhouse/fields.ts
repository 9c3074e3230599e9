import type { Meaning } from "../../meaning.ts";

// Greenhouse application forms. Verified on: tests/fixtures/autofill/greenhouse/job-boards.html (new
// job-boards React form: react-select comboboxes whose options live in window.__remixContext),
// tests/fixtures/autofill/greenhouse/classic.html (boards.greenhouse.io `#application_form`,
// `job_application[...]` names, plain selects), and corpus 1-posting-pages/greenhouse/*-job-app.html.
export const fields = {
  form: ["form#application-form", "form#application_form", "#application_form", ".application--form"],
  signature: ["form#application-form.application--form", "#application_form", "#grnhse_app"],
  ignore: [
    ".remix-css-requiredInput",
    'input[tabindex="-1"][aria-hidden="true"]',
    "#g-recaptcha-response",
    "[name='security_code']",
  ],
  remixMarker: "window.__remixContext =",
  fieldMap: [
    [/^(job_application\[)?first_name\]?$/, "firstName"],
    [/^(job_application\[)?last_name\]?$/, "lastName"],
    [/^(job_application\[)?email\]?$/, "email"],
    [/^(job_application\[)?phone\]?$/, "phone"],
    [/^(job_application\[)?location\]?$|^candidate-location$|^auto_complete_input$/, "location"],
    [/^resume$|^job_application\[resume\]$/, "resume"],
    [/^resume_text$|^job_application\[resume_text\]$/, "resumeText"],
    [/^cover_letter$|^job_application\[cover_letter\]$/, "coverLetter"],
    [/^(job_application\[)?gender\]?$/, "gender"],
    [/^(job_application\[)?race\]?$/, "race"],
    [/^(job_application\[)?hispanic_ethnicity\]?$/, "hispanicLatino"],
    [/^(job_application\[)?veteran_status\]?$/, "veteran"],
    [/^(job_application\[)?disability_status\]?$/, "disability"],
    [/^country$/, "country"],
  ] as const satisfies readonly (readonly [RegExp, Meaning])[],
};
