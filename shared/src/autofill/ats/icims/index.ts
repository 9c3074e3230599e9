import type { AtsAdapter } from "../../adapter.ts";
import type { Meaning } from "../../meaning.ts";

// iCIMS candidate profile form (inside the #icims_content_iframe document the extension runs in).
// Verified on: tests/fixtures/autofill/icims/profile.html (`<n>_PersonProfileFields.<Field>` ids,
// `.iCIMS_TableRow` rows with `label.iCIMS_InfoField` labels, EEO selects under `.iCIMS_EEO`).
const fieldMap: readonly (readonly [RegExp, Meaning])[] = [
  [/PersonProfileFields\.FirstName$/, "firstName"],
  [/PersonProfileFields\.LastName$/, "lastName"],
  [/PersonProfileFields\.MiddleName$/, "middleName"],
  [/PersonProfileFields\.Email$/, "email"],
  [/PhoneNumber$|PersonProfileFields\.Phone/, "phone"],
  [/AddressStreet1$/, "address"],
  [/AddressCity$/, "city"],
  [/AddressState$/, "state"],
  [/AddressZip$/, "zip"],
  [/AddressCountry$/, "country"],
  [/PersonProfileFields\.Gender$|EEO_Gender$/, "gender"],
  [/EEO_Ethnicity$|EEO_Race$/, "race"],
  [/EEO_Veteran/, "veteran"],
  [/EEO_Disability/, "disability"],
  [/Resume$|_resume_file$/, "resume"],
];

export const icims: AtsAdapter = {
  name: "icims",
  matches: ["*://*.icims.com/*"],
  signature: [".iCIMS_MainWrapper", "form#cp_form", "[id$='_PersonProfileFields.FirstName']"],
  form: ["form#cp_form", ".iCIMS_MainWrapper form", "form[name='cp_form']"],
  fieldMap,
  questionBlock: { container: ".iCIMS_TableRow", label: ".iCIMS_InfoField, label" },
  verifiedOn: ["tests/fixtures/autofill/icims/profile.html"],
};
