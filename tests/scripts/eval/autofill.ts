// `pnpm eval autofill`: plans the real application forms of the corpus (Greenhouse and Lever job pages with
// their form, the Workday and SuccessFactors steps, the Teamtailor page) for two sample applicants of our
// own and compares every field with hand-written expected plans (autofill-expected.json).
// Applicant A is the development set; applicant B's expectations were written before the planner was ever
// run for B and are reported apart (held aside). A field is right when the action agrees (fill / upload, or
// "unknown" = ask|skip) and so does the value. Also counts sensitive answers the applicant never gave (must be 0).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { classifyText, planAutofill, SENSITIVE } from "@vanta/shared/autofill/index";
import type { PlanEntry } from "@vanta/shared/autofill/types";
import { ApplicantProfile } from "@vanta/shared/resume/applicant";
import { parseHTML } from "linkedom";
import { z } from "zod";
import { wilson } from "./stats.lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = join(here, "../../..");
const CORPUS = process.env.VANTA_CORPUS ?? join(ROOT, "../shared/corpus");

const Want = z.tuple([z.enum(["fill", "upload", "unknown"]), z.union([z.string(), z.array(z.string()), z.null()])]);
const Expected = z.object({
  goal: z.number(),
  applicants: z.record(z.string(), z.string()),
  heldAside: z.array(z.string()),
  pages: z.array(
    z.object({
      file: z.string(),
      url: z.string().url(),
      ats: z.string(),
      fields: z.array(
        z.object({ selector: z.string(), label: z.string(), note: z.string().optional() }).catchall(Want),
      ),
    }),
  ),
});

const norm = (v: unknown) =>
  Array.isArray(v)
    ? v
        .map((x) => String(x).trim().toLowerCase())
        .sort()
        .join("|")
    : v === null || v === undefined
      ? ""
      : String(v).trim().toLowerCase();

function sameAs(got: PlanEntry | undefined, want: z.infer<typeof Want>): boolean {
  if (!got) return false;
  const [action, value] = want;
  if (action === "unknown") return got.action === "ask" || got.action === "skip";
  return got.action === action && (action === "upload" || norm(got.value) === norm(value));
}

/** Floor baseline: fill only what the input type alone says (email, tel) and the resume file. */
function baseline(e: PlanEntry, a: ApplicantProfile): PlanEntry {
  if (e.kind === "email" && a.basics?.email) return { ...e, action: "fill", value: a.basics.email };
  if (e.kind === "tel" && a.basics?.phone) return { ...e, action: "fill", value: a.basics.phone };
  if (e.kind === "file" && /resume|cv/i.test(e.label)) return { ...e, action: "upload" };
  return { ...e, action: e.required ? "ask" : "skip", value: null };
}

/** the value at a plan `source` path in the applicant ("application.eeo.gender", "application.answers[2]") */
function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.replace(/\[(\d+)\]/g, ".$1").split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

const GIVEN = /^application\.(eeo\.|workAuthorization\.needsSponsorship|salaryExpectation|answers\[)/;

const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)}%` : "  n/a");

export async function main(args: string[]): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`autofill eval: corpus not found at ${CORPUS}; nothing to evaluate (skipped).`);
    return;
  }
  const verbose = args.includes("--verbose");
  const expected = Expected.parse(JSON.parse(readFileSync(join(here, "autofill-expected.json"), "utf8")));
  const applicants = Object.fromEntries(
    Object.entries(expected.applicants).map(([k, p]) => [
      k,
      ApplicantProfile.parse(JSON.parse(readFileSync(join(ROOT, p), "utf8"))),
    ]),
  );
  type Tally = { right: number; total: number; base: number };
  const rows = new Map<string, Tally>();
  const bump = (key: string, right: boolean, base: boolean) => {
    const t = rows.get(key) ?? { right: 0, total: 0, base: 0 };
    t.total++;
    if (right) t.right++;
    if (base) t.base++;
    rows.set(key, t);
  };
  let sensitiveInvented = 0;
  const misses: string[] = [];
  let skipped = 0;
  for (const page of expected.pages) {
    const path = join(CORPUS, page.file);
    if (!existsSync(path)) {
      skipped++;
      continue;
    }
    const html = readFileSync(path, "utf8");
    for (const [who, applicant] of Object.entries(applicants)) {
      const part = expected.heldAside.includes(who) ? "held-aside" : "dev";
      const { document } = parseHTML(html);
      const t0 = performance.now();
      const plan = planAutofill(document as unknown as Document, page.url, applicant);
      const ms = performance.now() - t0;
      const fields = plan?.fields ?? [];
      if (plan && plan.ats !== page.ats) misses.push(`${page.file} [${who}]: ats ${plan.ats}, expected ${page.ats}`);
      const bySelector = new Map(fields.map((f) => [f.selector, f]));
      for (const want of page.fields) {
        const w = want[who];
        if (!w || !Array.isArray(w)) continue;
        const got = bySelector.get(want.selector);
        const right = sameAs(got, w as z.infer<typeof Want>);
        const base = got ? sameAs(baseline(got, applicant), w as z.infer<typeof Want>) : false;
        bump(`${part}|${page.ats}`, right, base);
        bump(`${part}|all`, right, base);
        if (!right)
          misses.push(
            `${page.ats} [${who}] "${want.label.slice(0, 60)}": got ${got ? `${got.action} ${JSON.stringify(got.value)}` : "no entry"}, expected ${JSON.stringify(w)}`,
          );
      }
      const known = new Set(page.fields.map((f) => f.selector));
      for (const f of fields)
        if (!known.has(f.selector)) {
          bump(`${part}|${page.ats}`, false, false);
          bump(`${part}|all`, false, false);
          misses.push(`${page.ats} [${who}] unexpected entry "${f.label.slice(0, 60)}" (${f.selector})`);
        }
      for (const f of fields) {
        if (f.action !== "fill" || !SENSITIVE.has(classifyText(f.label))) continue;
        if (!f.source || !GIVEN.test(f.source) || at(applicant, f.source) === undefined) {
          sensitiveInvented++;
          misses.push(`SENSITIVE NOT GIVEN: ${page.ats} [${who}] "${f.label}" ← ${f.source}`);
        }
      }
      if (verbose) console.log(`${page.file} [${who}] ${fields.length} fields, ${ms.toFixed(1)} ms`);
    }
  }
  console.log(
    `autofill eval: ${expected.pages.length - skipped} corpus forms × ${Object.keys(applicants).length} applicants (goal >= ${expected.goal * 100}% fields right, 0 sensitive answers not given)`,
  );
  console.log("  part        ats              fields  right    95% interval      baseline (type-only)");
  const keys = [...rows.keys()].sort((a, b) => a.localeCompare(b));
  let ok = true;
  for (const key of keys) {
    const [part, ats] = key.split("|");
    const t = rows.get(key)!;
    const [lo, hi] = wilson(t.right, t.total);
    if (ats === "all" && part === "dev" && t.right / t.total < expected.goal) ok = false;
    const head = `  ${(part ?? "").padEnd(11)} ${(ats ?? "").padEnd(16)} ${String(t.total).padStart(6)}  ${pct(t.right, t.total).padStart(6)}`;
    const interval = `[${(lo * 100).toFixed(1)}–${(hi * 100).toFixed(1)}%]`;
    console.log(`${head}  ${interval.padEnd(16)}  ${pct(t.base, t.total).padStart(6)}`);
  }
  console.log(`  sensitive answers not given by the applicant: ${sensitiveInvented}`);
  if (skipped) console.log(`  ${skipped} page(s) missing from the corpus were skipped`);
  if (misses.length) console.log(`misses:\n${misses.map((m) => `  - ${m}`).join("\n")}`);
  if (!ok || sensitiveInvented > 0) process.exitCode = 1;
}
