import { scriptJson } from "../../../capture/dom.ts";
import type { AtsAdapter, EmbeddedQuestion } from "../../adapter.ts";
import type { Meaning } from "../../meaning.ts";
import { collectQuestions, isObj, str } from "../embedded.ts";

// Ashby application tab (jobs.ashbyhq.com/<org>/<id>/application). Verified on:
// tests/fixtures/autofill/ashby/application.html (system fields `_systemfield_*`, custom questions keyed by
// field path, options in window.__appData applicationForm.sections[].fieldEntries[].field).
const fieldMap: readonly (readonly [RegExp, Meaning])[] = [
  [/^_systemfield_name$/, "fullName"],
  [/^_systemfield_email$/, "email"],
  [/^_systemfield_phone$/, "phone"],
  [/^_systemfield_resume$/, "resume"],
  [/^_systemfield_location$/, "location"],
  [/^_systemfield_linkedin/, "linkedin"],
  [/^_systemfield_eeoc_gender$/, "gender"],
  [/^_systemfield_eeoc_race$/, "race"],
  [/^_systemfield_eeoc_veteran_status$/, "veteran"],
  [/^_systemfield_eeoc_disability_status$/, "disability"],
];

function embedded(doc: Document): Map<string, EmbeddedQuestion> {
  return collectQuestions(scriptJson(doc, "window.__appData ="), (o) => {
    const f = isObj(o.field) ? o.field : null;
    if (!f || !str(f.path) || !str(f.title)) return null;
    const values = Array.isArray(f.selectableValues)
      ? f.selectableValues
          .filter(isObj)
          .map((v) => str(v.label))
          .filter(Boolean)
      : [];
    return [
      [
        str(f.path),
        {
          label: str(f.title),
          required: o.isRequired === true,
          options: values,
          multiple: str(f.type) === "MultiValueSelect",
        },
      ],
    ];
  });
}

export const ashby: AtsAdapter = {
  name: "ashby",
  matches: ["*://jobs.ashbyhq.com/*"],
  signature: [".ashby-application-form-container", "[class*='ashby-application-form']"],
  form: [".ashby-application-form-container", "form.ashby-application-form", "[class*='ashby-application-form']"],
  fieldMap,
  embedded,
  questionBlock: { container: ".ashby-application-form-field-entry", label: ".ashby-application-form-question-title" },
  verifiedOn: ["tests/fixtures/autofill/ashby/application.html"],
};
