// `pnpm bench autofill [--runs N]`: plan + fill time for a 60-field application form (generated here:
// text, email/tel/url, selects, radio and checkbox groups, textareas, dates, a file input), in linkedom
// (a browser DOM is faster). Goal: plan + fill <= 100 ms.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fillPlan } from "@vanta/shared/autofill/fill";
import { planAutofill } from "@vanta/shared/autofill/index";
import { ApplicantProfile } from "@vanta/shared/resume/applicant";
import { parseHTML } from "linkedom";

const GOAL_MS = 100;

const QUESTIONS: [string, string][] = [
  ["First name", "text"],
  ["Last name", "text"],
  ["Email", "email"],
  ["Phone", "tel"],
  ["LinkedIn profile", "url"],
  ["GitHub", "url"],
  ["Website", "url"],
  ["City", "text"],
  ["Postal code", "text"],
  ["Current company", "text"],
  ["Current title", "text"],
  ["Preferred name", "text"],
  ["Earliest start date", "date"],
  ["Resume", "file"],
];

function form(): string {
  const rows: string[] = [];
  let n = 0;
  const id = () => `f${n++}`;
  for (const [label, type] of QUESTIONS) {
    const i = id();
    rows.push(`<div class="q"><label for="${i}">${label}</label><input id="${i}" name="${i}" type="${type}"></div>`);
  }
  for (let k = 0; k < 16; k++) {
    const i = id();
    rows.push(
      `<div class="q"><label for="${i}">Tell us about project number ${k + 1} you are proud of</label><input id="${i}" name="${i}" type="text"></div>`,
    );
  }
  const selects = [
    "State",
    "Country",
    "Gender",
    "Veteran status",
    "Disability status",
    "Are you willing to relocate?",
    "Do you require sponsorship?",
    "Are you legally authorized to work in the United States?",
    "How did you hear about us?",
    "Race",
  ];
  for (const label of selects) {
    const i = id();
    rows.push(
      `<div class="q"><label for="${i}">${label}</label><select id="${i}" name="${i}"><option value="">Select...</option><option>Yes</option><option>No</option><option>California</option><option>United States</option><option>Female</option><option>LinkedIn</option><option>Decline to self-identify</option></select></div>`,
    );
  }
  for (let k = 0; k < 10; k++) {
    const i = id();
    rows.push(
      `<fieldset><legend>Are you comfortable with on-call rotation type ${k + 1}?</legend><label><input type="radio" name="${i}" value="y">Yes</label><label><input type="radio" name="${i}" value="n">No</label></fieldset>`,
    );
  }
  for (let k = 0; k < 4; k++) {
    const i = id();
    rows.push(
      `<fieldset><legend>Which languages do you use at level ${k + 1}?</legend>${["Go", "Rust", "TypeScript"].map((v) => `<label><input type="checkbox" name="${i}" value="${v}">${v}</label>`).join("")}</fieldset>`,
    );
  }
  for (let k = 0; k < 6; k++) {
    const i = id();
    rows.push(
      `<div class="q"><label for="${i}">Describe challenge ${k + 1}</label><textarea id="${i}" name="${i}"></textarea></div>`,
    );
  }
  return `<!DOCTYPE html><html><head><title>Apply at Bench Co</title></head><body><form id="apply">${rows.join("\n")}<button type="submit">Submit</button></form></body></html>`;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

export async function main(args: string[]): Promise<void> {
  const i = args.indexOf("--runs");
  const runs = i >= 0 ? Math.max(1, Number(args[i + 1]) || 30) : 30;
  const applicant = ApplicantProfile.parse(
    JSON.parse(readFileSync(join(import.meta.dirname, "../../fixtures/autofill/applicant.json"), "utf8")),
  );
  const html = form();
  const planMs: number[] = [];
  const fillMs: number[] = [];
  let fields = 0;
  for (let r = 0; r < runs + 3; r++) {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const t0 = performance.now();
    const plan = planAutofill(doc, "https://bench.example/apply", applicant);
    const t1 = performance.now();
    if (!plan) throw new Error("bench form not recognized");
    await fillPlan(doc, plan, { optionTimeoutMs: 0 });
    const t2 = performance.now();
    fields = plan.fields.length;
    if (r < 3) continue; // warm-up
    planMs.push(t1 - t0);
    fillMs.push(t2 - t1);
  }
  const total = planMs.map((p, k) => p + (fillMs[k] ?? 0));
  const fmt = (xs: number[]) => `median ${quantile(xs, 0.5).toFixed(1)} ms, p95 ${quantile(xs, 0.95).toFixed(1)} ms`;
  console.log(`autofill bench: ${fields}-field form, ${runs} runs (linkedom, after 3 warm-up runs)`);
  console.log(`  plan        ${fmt(planMs)}`);
  console.log(`  fill        ${fmt(fillMs)}`);
  console.log(
    `  plan + fill ${fmt(total)}  (goal <= ${GOAL_MS} ms: ${quantile(total, 0.5) <= GOAL_MS ? "met" : "NOT met"})`,
  );
}
