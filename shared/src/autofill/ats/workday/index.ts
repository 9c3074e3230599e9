import type { AtsAdapter } from "../../adapter.ts";
import type { Meaning } from "../../meaning.ts";

// Workday apply wizard (My Information, My Experience, Application Questions, Voluntary Disclosures,
// Self Identify): one step in the DOM at a time, fields carry `data-automation-id` / `data-fkit-id`, dates are
// month/year spinbutton sections. Verified on: tests/fixtures/autofill/workday/step-1.html, step-2.html and
// corpus 3-ats-forms/workday/workday-apply-my-experience-step.html.
const fieldMap: readonly (readonly [RegExp, Meaning])[] = [
  [/--legalName--firstName$|^legalName--firstName$|^firstName$/, "firstName"],
  [/--legalName--lastName$|^legalName--lastName$|^lastName$/, "lastName"],
  [/--legalName--middleName$|^middleName$/, "middleName"],
  [/^email$|--email$/, "email"],
  [/phoneNumber--phoneNumber$|^phoneNumber$/, "phone"],
  [/phoneNumber--countryPhoneCode$/, "phoneCountryCode"],
  [/address--addressLine1$/, "address"],
  [/address--city$/, "city"],
  [/address--countryRegion$/, "state"],
  [/address--postalCode$/, "zip"],
  [/^country--country$/, "country"],
  [/^source--source$/, "referralSource"],
  [/^workExperience-\d+--jobTitle$/, "currentTitle"],
  [/^workExperience-\d+--companyName$/, "currentCompany"],
  [/^workExperience-\d+--location$/, "workLocation"],
  [/^workExperience-\d+--currentlyWorkHere$/, "currentlyWorkHere"],
  [/^workExperience-\d+--startDate$/, "workStart"],
  [/^workExperience-\d+--endDate$/, "workEnd"],
  [/^workExperience-\d+--roleDescription$/, "workDescription"],
  [/^education-\d+--schoolName$/, "school"],
  [/^education-\d+--degree$/, "degree"],
  [/^education-\d+--fieldOfStudy$/, "major"],
  [/^skills--skills$/, "skills"],
  [/^socialNetworkAccounts--linkedInAccount$|^linkedInAccount$/, "linkedin"],
  [/^file-upload-input-ref$/, "resume"],
  [/^personalInfoUS--gender$|--gender$/, "gender"],
  [/--ethnicity$/, "race"],
  [/--hispanicOrLatino$/, "hispanicLatino"],
  [/--veteranStatus$/, "veteran"],
  [/--disabilityStatus$/, "disability"],
];

export const workday: AtsAdapter = {
  name: "workday",
  matches: ["*://*.myworkdayjobs.com/*", "*://*.myworkdaysite.com/*", "*://*.workday.com/*"],
  signature: ['[data-automation-id="applyFlowPage"]', '[data-automation-id="progressBar"]'],
  form: ['[data-automation-id="applyFlowPage"]', "[data-automation-id^='applyFlow']", "form"],
  ignore: ['[data-automation-id="utilityButtonBar"]', "#languageSelectorButton", '[data-automation-id="pageFooter"]'],
  fieldMap,
  dateGroups: ['[data-automation-id="dateInputWrapper"]'],
  step(doc) {
    const steps = [...doc.querySelectorAll('[data-automation-id^="progressBar"][data-automation-id$="Step"]')];
    const active = doc.querySelector('[data-automation-id="progressBarActiveStep"]');
    if (!active) return null;
    const labels = [...active.querySelectorAll("label")].map((l) => l.textContent?.trim() ?? "");
    return { name: labels[labels.length - 1] ?? "", index: steps.indexOf(active), total: steps.length };
  },
  verifiedOn: [
    "tests/fixtures/autofill/workday/step-1.html",
    "tests/fixtures/autofill/workday/step-2.html",
    "corpus:3-ats-forms/workday/workday-apply-my-experience-step.html",
  ],
};
