import { scriptJson } from "../../../capture/dom.ts";
import type { AtsAdapter, EmbeddedQuestion } from "../../adapter.ts";
import { collectQuestions, isObj, str } from "../embedded.ts";
import { fields as F } from "./fields.ts";

/** The new board's loader data: {label, required, fields: [{name, type, values: [{label}]}]} per question. */
function embedded(doc: Document): Map<string, EmbeddedQuestion> {
  return collectQuestions(scriptJson(doc, F.remixMarker), (o) => {
    if (typeof o.label !== "string" || !Array.isArray(o.fields)) return null;
    const out: [string, EmbeddedQuestion][] = [];
    for (const f of o.fields) {
      if (!isObj(f) || !str(f.name)) continue;
      const values = Array.isArray(f.values)
        ? f.values
            .filter(isObj)
            .map((v) => str(v.label))
            .filter(Boolean)
        : [];
      out.push([
        str(f.name),
        {
          label: o.label,
          required: o.required === true,
          options: values,
          multiple: /multi_value_multi_select/.test(str(f.type)),
        },
      ]);
    }
    return out;
  });
}

export const greenhouse: AtsAdapter = {
  name: "greenhouse",
  matches: ["*://*.greenhouse.io/*"],
  signature: F.signature,
  form: F.form,
  ignore: F.ignore,
  fieldMap: F.fieldMap,
  embedded,
  verifiedOn: [
    "tests/fixtures/autofill/greenhouse/job-boards.html",
    "tests/fixtures/autofill/greenhouse/classic.html",
    "corpus:1-posting-pages/greenhouse/greenhouse-anthropic-tpm-infrastructure-job-app.html",
  ],
};
