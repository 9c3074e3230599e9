import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { planAutofill } from "@vanta/shared/autofill/index";
import { AutofillPlan, type PlanEntry } from "@vanta/shared/autofill/types";
import { ApplicantProfile, type ApplicantProfileInput } from "@vanta/shared/resume/applicant";
import { parseHTML } from "linkedom";
import { expect } from "vitest";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/autofill");

export function loadDoc(path: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, path), "utf8")).document as unknown as Document;
}

export function applicant(over: Partial<ApplicantProfileInput> = {}): ApplicantProfile {
  const base = JSON.parse(readFileSync(join(FIXTURES, "applicant.json"), "utf8")) as ApplicantProfileInput;
  return ApplicantProfile.parse({ ...base, ...over });
}

/** Plans a fixture and checks the result against the plan's JSON contract (exactly the keys). */
export function plan(
  path: string,
  url: string,
  who: ApplicantProfile = applicant(),
  doc = loadDoc(path),
): AutofillPlan {
  const p = planAutofill(doc, url, who);
  expect(p).not.toBeNull();
  const parsed = AutofillPlan.parse(p);
  for (const f of parsed.fields)
    expect(Object.keys(f).sort()).toEqual(
      ["action", "confidence", "kind", "label", "required", "selector", "source", "value"].sort(),
    );
  return parsed;
}

/** The entry whose label matches. */
export function field(p: AutofillPlan, label: RegExp): PlanEntry {
  const f = p.fields.find((e) => label.test(e.label));
  if (!f) throw new Error(`no field ${label} in ${p.fields.map((e) => e.label).join(" | ")}`);
  return f;
}
