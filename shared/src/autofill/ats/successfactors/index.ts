import type { AtsAdapter } from "../../adapter.ts";
import type { Meaning } from "../../meaning.ts";

// SAP SuccessFactors Recruiting candidate profile. Verified on corpus
// 3-ats-forms/successfactors/successfactors-wipro-my-profile-form.html (careers.wipro.com):
// `sfTextField` inputs with `<label for>`, paginated-select comboboxes with aria-label, `rcmFormElement` rows.
const fieldMap: readonly (readonly [RegExp, Meaning])[] = [
  [/^firstName$/, "firstName"],
  [/^lastName$/, "lastName"],
  [/^middleName$/, "middleName"],
  [/^preferredName$/, "preferredName"],
  [/^contactEmail$/, "email"],
  [/^cellPhone$|^homePhone$/, "phone"],
  [/^zip$/, "zip"],
  [/^city$/, "city"],
  [/^address$/, "address"],
];

export const successfactors: AtsAdapter = {
  name: "successfactors",
  matches: [
    "*://*.successfactors.com/*",
    "*://*.successfactors.eu/*",
    "*://*.sapsf.com/*",
    "*://*.sapsf.eu/*",
    "*://jobs.sap.com/*",
  ],
  signature: ["[data-testid='sfTextField']", ".rcmFormElement", ".rcmpaginatedselectinput"],
  form: ["form#careerform", "form[name='careerform']", "form#rcmCandidateProfileForm"],
  ignore: ["#cookieManagerModal", ".cookiecheckbox", "[id$='_selectButton']"],
  fieldMap,
  verifiedOn: ["corpus:3-ats-forms/successfactors/successfactors-wipro-my-profile-form.html"],
};
