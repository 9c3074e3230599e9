import type { AtsAdapter } from "../../adapter.ts";
import type { Meaning } from "../../meaning.ts";

// Lever `/apply` form. Verified on: tests/fixtures/autofill/lever/apply.html and corpus
// 1-posting-pages/lever/*.html (li.application-question with .application-label .text; custom cards
// `cards[<uuid>][fieldN]`; checkbox groups; `eeo[...]` selects; `urls[LinkedIn]`).
const fieldMap: readonly (readonly [RegExp, Meaning])[] = [
  [/^name$/, "fullName"],
  [/^email$/, "email"],
  [/^phone$/, "phone"],
  [/^location$/, "location"],
  [/^org$/, "currentCompany"],
  [/^resume$/, "resume"],
  [/^pronouns$/, "pronouns"],
  [/^urls\[linkedin\]$/i, "linkedin"],
  [/^urls\[github\]$/i, "github"],
  [/^urls\[twitter\]$/i, "twitter"],
  [/^urls\[portfolio\]$/i, "portfolio"],
  [/^urls\[other\]$/i, "website"],
  [/^eeo\[gender\]$/, "gender"],
  [/^eeo\[race\]$/, "race"],
  [/^eeo\[veteran\]$/, "veteran"],
  [/^eeo\[disability\]$/, "disability"],
];

export const lever: AtsAdapter = {
  name: "lever",
  matches: ["*://*.lever.co/*"],
  signature: [
    'form#application-form input[name="cards"], form#application-form [data-qa="name-input"]',
    '[data-qa="btn-submit"]',
  ],
  form: ["form#application-form", ".application-form form", "form[action*='/apply']"],
  ignore: [
    "#customPronounsOption",
    "#customPronounsTextField",
    "#hcaptchaResponseInput",
    "input[name='h-captcha-response']",
    "#selected-location",
  ],
  fieldMap,
  questionBlock: { container: ".application-question", label: ".application-label" },
  verifiedOn: [
    "tests/fixtures/autofill/lever/apply.html",
    "corpus:1-posting-pages/lever/lever-zoox-tpm-autonomy-ops.html",
  ],
};
