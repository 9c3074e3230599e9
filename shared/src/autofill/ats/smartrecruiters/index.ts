import type { AtsAdapter } from "../../adapter.ts";
import type { Meaning } from "../../meaning.ts";

// SmartRecruiters one-click apply (jobs.smartrecruiters.com/oneclick-ui/…). Verified on:
// tests/fixtures/autofill/smartrecruiters/apply.html (spl-form-field wrappers, `*-input` ids, screening
// questions in `.screening-question` with fieldset legends).
const fieldMap: readonly (readonly [RegExp, Meaning])[] = [
  [/^first-name-input$/, "firstName"],
  [/^last-name-input$/, "lastName"],
  [/^email-input$/, "email"],
  [/^confirm-email-input$/, "email"],
  [/^phone-number-input$/, "phone"],
  [/^linkedin-input$/, "linkedin"],
  [/^website-input$/, "website"],
  [/^location-input$|^city-input$/, "location"],
  [/^hiring-manager-message-input$/, "coverLetter"],
  [/^resume-input$|^file-input-resume$/, "resume"],
];

export const smartrecruiters: AtsAdapter = {
  name: "smartrecruiters",
  matches: ["*://*.smartrecruiters.com/*"],
  signature: ["oc-oneclick-form", "[data-test='oneclick-form']", "spl-form-field"],
  form: ["form[data-test='oneclick-form']", "oc-oneclick-form form", "oc-oneclick-form", "form"],
  fieldMap,
  verifiedOn: ["tests/fixtures/autofill/smartrecruiters/apply.html"],
};
