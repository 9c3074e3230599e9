// `pnpm eval parse`: field accuracy of the resume parser over ../shared/corpus/4-resumes (PDFs in one and two
// columns, one resume as DOCX/PDF/MD/TXT, the JSON Resume sample, 20 plain-text resumes from the Kaggle CSV)
// against hand-typed facts (parse-expected.json). Studied and held-out parts are reported apart, with a
// first-line/regex baseline for the contact fields. `--verbose` lists the studied part's misses.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { parseResumeFile } from "../../../server/src/services/resume/parse-file.ts";
import { CORPUS } from "./corpus.lib.ts";
import { baselineResume, type Check, type ExpectedResume, FIELD_KINDS, score } from "./parse-score.lib.ts";
import { csvRows, wilson } from "./stats.lib.ts";

const DIR = join(CORPUS, "4-resumes");
const GOAL = 0.9;
const KAGGLE = "kaggle-UpdatedResumeDataSet.csv";

interface Expected {
  heldOut: string[];
  groups: Record<string, ExpectedResume>;
  resumes: Array<ExpectedResume & { id: string; group?: string }>;
}

async function load(id: string, kaggle: string[][] | null): Promise<{ bytes: Uint8Array; filename: string } | null> {
  const [file, row] = id.split("#");
  if (row !== undefined) {
    const text = kaggle?.[Number(row) + 1]?.[1];
    return text ? { bytes: new TextEncoder().encode(text), filename: `${id}.txt` } : null;
  }
  const path = join(DIR, file!);
  return existsSync(path) ? { bytes: new Uint8Array(readFileSync(path)), filename: basename(path) } : null;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (label: string, checks: Check[]) => {
  const k = checks.filter((c) => c.ok).length;
  const n = checks.length;
  const [lo, hi] = wilson(k, n);
  return `  ${label.padEnd(11)} ${pct(n ? k / n : 0).padStart(6)} ${`${k}/${n}`.padStart(8)}  [${pct(lo)}, ${pct(hi)}]`;
};

export async function main(args: string[]): Promise<void> {
  if (!existsSync(DIR)) {
    console.log(`parse eval: corpus not found at ${DIR}; nothing to evaluate.`);
    return;
  }
  const verbose = args.includes("--verbose");
  const expected = JSON.parse(readFileSync(join(import.meta.dirname, "parse-expected.json"), "utf8")) as Expected;
  const kagglePath = join(DIR, KAGGLE);
  const kaggle = existsSync(kagglePath) ? csvRows(readFileSync(kagglePath, "utf8")) : null;
  const results = { studied: [] as Check[], "held-out": [] as Check[] };
  const baseline = { studied: [] as Check[], "held-out": [] as Check[] };
  const misses: string[] = [];
  const extra = { studied: { work: 0, education: 0 }, "held-out": { work: 0, education: 0 } };
  let missing = 0;
  let errors = 0;
  for (const r of expected.resumes) {
    const exp: ExpectedResume = { ...(r.group ? expected.groups[r.group] : {}), ...r };
    const split = expected.heldOut.includes(r.id) ? "held-out" : "studied";
    const input = await load(r.id, kaggle);
    if (!input) {
      missing++;
      continue;
    }
    let parsed: JsonResume = {};
    let text = "";
    try {
      ({ resume: parsed, text } = await parseResumeFile(input.bytes, input.filename));
    } catch (err) {
      errors++;
      if (split === "studied") misses.push(`${r.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const checks = score(parsed, exp);
    // precision side: parsed jobs / schools at names the facts do not list (only where the list is complete)
    const norm = (x: string | undefined) =>
      (x ?? "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim();
    if (exp.work) {
      const known = new Set(exp.work.map((w) => norm(w.name)));
      const unknown = (parsed.work ?? []).filter((w) => !known.has(norm(w.name)));
      extra[split].work += unknown.length;
      if (split === "studied") for (const w of unknown) misses.push(`${r.id}  extra job: ${w.name} / ${w.position}`);
    }
    if (exp.education) {
      const known = new Set(exp.education.map((e) => norm(e.institution)));
      const unknown = (parsed.education ?? []).filter((e) => !known.has(norm(e.institution)));
      extra[split].education += unknown.length;
      if (split === "studied")
        for (const e of unknown) misses.push(`${r.id}  extra school: ${e.institution} / ${e.studyType}`);
    }
    results[split].push(...checks);
    baseline[split].push(
      ...score(baselineResume(text || new TextDecoder().decode(input.bytes)), exp).filter((c) =>
        ["name", "email", "phone"].includes(c.kind),
      ),
    );
    if (split === "studied")
      for (const c of checks.filter((c) => !c.ok)) misses.push(`${r.id}  ${c.kind}: want ${c.expected}, got ${c.got}`);
  }
  for (const split of ["studied", "held-out"] as const) {
    const all = results[split];
    const ids = expected.resumes.filter((r) => expected.heldOut.includes(r.id) === (split === "held-out")).length;
    console.log(`\nparse eval, ${split}: ${ids} resumes, ${all.length} fields`);
    console.log(line("all fields", all));
    for (const kind of FIELD_KINDS) {
      const c = all.filter((x) => x.kind === kind);
      if (c.length) console.log(line(kind, c));
    }
    const contact = all.filter((c) => ["name", "email", "phone"].includes(c.kind));
    console.log(line("contact", contact), " parser");
    console.log(line("contact", baseline[split]), " baseline: first line as name, first email/phone match");
    console.log(
      `  extra entries (parsed, not in the facts): ${extra[split].work} jobs, ${extra[split].education} schools`,
    );
  }
  if (missing) console.log(`\n${missing} resumes missing from the corpus (skipped)`);
  if (errors) console.log(`${errors} resumes failed to parse`);
  const held = results["held-out"];
  const acc = held.filter((c) => c.ok).length / (held.length || 1);
  console.log(`\ngoal ≥ ${pct(GOAL)} of fields: held-out ${pct(acc)} ${acc >= GOAL ? "meets" : "misses"} it`);
  if (verbose && misses.length) console.log(`\nstudied misses:\n${misses.map((m) => `  ${m}`).join("\n")}`);
}
