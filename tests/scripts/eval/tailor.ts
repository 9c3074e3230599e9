import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { renderResume } from "@vanta/server/services/export/render";
import { parseResumeFile } from "@vanta/server/services/resume/parse-file";
import { fnv1a } from "@vanta/shared/hash";
import { parseResumeText } from "@vanta/shared/resume/parse";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { checkResume } from "@vanta/shared/tailor/check";
import { type RequirementEvidence, resumeEvidence } from "@vanta/shared/tailor/evidence";
import { factsOf, unsupportedFacts } from "@vanta/shared/tailor/facts";
import { resumeLines } from "@vanta/shared/tailor/lines";
import { tailorResume } from "@vanta/shared/tailor/tailor";
import { CORPUS, type CorpusPosting, corpusAvailable, loadCorpusPostings } from "./corpus.lib.ts";
import { csvRows, wilson } from "./stats.lib.ts";

// `pnpm eval tailor`: over corpus resumes × corpus postings (read from /work/shared/corpus, never copied):
//  1. fabrications in the output the user sees, after the checker (goal 0), and the checker's recall on
//     injected fabrications of each kind, and its false flags on the honest offline tailor;
//  2. share of the posting's requirements evidenced: anywhere in the resume, and "up front" (summary,
//     skills, the first three bullets of each role) — original vs tailored vs a random-order baseline;
//  3. export → parse round trip (PDF, DOCX): roles read back with the same employer, title and dates.
// Resumes whose id hashes to 0 mod 4 are held out (chosen before any run) and reported separately.

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rate = (k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `${pct(n ? k / n : 0).padStart(6)} ${`${k}/${n}`.padStart(9)}  [${pct(lo)}, ${pct(hi)}]`;
};

interface CorpusResume {
  id: string;
  resume: JsonResume;
}

const hasRoles = (r: JsonResume) => (r.work ?? []).some((w) => w.name && (w.highlights?.length ?? 0) >= 2);

async function loadResumes(): Promise<CorpusResume[]> {
  const dir = join(CORPUS, "4-resumes");
  const files = [
    "jsonresume-sample.resume.json",
    "format-parity/jordan-doe-resume.md",
    "resume-matcher-single-column.pdf",
    "resume-matcher-modern-single-column.pdf",
    "resume-matcher-two-column.pdf",
    "resume-matcher-modern-two-column.pdf",
  ];
  const out: CorpusResume[] = [];
  for (const f of files) {
    const path = join(dir, f);
    if (!existsSync(path)) continue;
    try {
      const { resume } = await parseResumeFile(new Uint8Array(readFileSync(path)), basename(path));
      if (hasRoles(resume)) out.push({ id: f, resume });
    } catch {
      // a file the parser refuses is the parser's eval's business
    }
  }
  const kaggle = join(dir, "kaggle-UpdatedResumeDataSet.csv");
  if (existsSync(kaggle)) {
    const rows = csvRows(readFileSync(kaggle, "utf8")).slice(1);
    // one resume per 8 rows: a spread over the 25 categories, fixed before any run
    for (let i = 0; i < rows.length && out.length < 60; i += 8) {
      const text = rows[i]?.[1];
      if (!text) continue;
      const resume = parseResumeText(text);
      if (hasRoles(resume)) out.push({ id: `kaggle#${i}`, resume });
    }
  }
  return out;
}

const heldOut = (id: string) => fnv1a(id) % 4 === 0;

/** The postings a resume is tailored to: 8 picked by hash among those with 3+ requirement lines. */
function postingsFor(id: string, postings: CorpusPosting[]): CorpusPosting[] {
  return [...postings].sort((a, b) => fnv1a(`${id}|${a.id}`) - fnv1a(`${id}|${b.id}`)).slice(0, 8);
}

const upFront = (p: string) =>
  /^(basics|skills)/.test(p) || /highlights\[[0-2]\]$/.test(p) || !p.includes("highlights");

function shuffled(r: JsonResume, seed: string): JsonResume {
  const out = structuredClone(r);
  for (const w of out.work ?? [])
    if (w.highlights) w.highlights = [...w.highlights].sort((a, b) => fnv1a(seed + a) - fnv1a(seed + b));
  return out;
}

type Kind = "employer" | "title" | "date" | "degree" | "number" | "skill";
const KINDS: Kind[] = ["employer", "title", "date", "degree", "number", "skill"];

/** One fabrication of `kind` injected into `r`; returns the path the checker must flag. */
function inject(r: JsonResume, kind: Kind, source: JsonResume, postingSkills: string[]): string | null {
  const w = r.work?.[0];
  const facts = factsOf(source);
  switch (kind) {
    case "employer":
      r.work = [
        { name: "Initech Global Holdings", position: w?.position ?? "Engineer", startDate: "2024-01", highlights: [] },
        ...(r.work ?? []),
      ];
      return "work[0]";
    case "title":
      if (!w) return null;
      w.position = "Chief Technology Officer";
      return "work[0].position";
    case "date":
      if (!w?.startDate) return null;
      w.startDate = `${Number(w.startDate.slice(0, 4)) - 2}${w.startDate.slice(4)}`;
      return "work[0].startDate";
    case "degree":
      if (facts.degrees.has("doctorate")) return null;
      r.education = [
        ...(r.education ?? []),
        { institution: "Stanford University", studyType: "PhD", area: "Computer Science" },
      ];
      return `education[${r.education.length - 1}]`;
    case "number": {
      if (!w) return null;
      const n = [87, 93, 61, 79].find((v) => !facts.percents.has(v) && !facts.values.has(v))!;
      w.highlights = [...(w.highlights ?? []), `Grew weekly active users by ${n}% in two quarters`];
      return `work[0].highlights[${w.highlights.length - 1}]`;
    }
    case "skill": {
      const skill = [...postingSkills, "COBOL", "Fortran", "Erlang"].find(
        (s) => unsupportedFacts(s, [facts]).length > 0,
      );
      if (!skill) return null;
      r.skills = [{ name: "Injected", keywords: [skill] }, ...(r.skills ?? [])];
      return "skills[0].keywords[0]";
    }
  }
}

interface Tally {
  pairs: number;
  fabricationsShown: number;
  falseFlagPairs: number;
  evidencedBefore: number;
  evidencedAfter: number;
  upFrontBefore: number;
  upFrontAfter: number;
  upFrontRandom: number;
  injected: Record<Kind, [number, number]>;
}

const emptyTally = (): Tally => ({
  pairs: 0,
  fabricationsShown: 0,
  falseFlagPairs: 0,
  evidencedBefore: 0,
  evidencedAfter: 0,
  upFrontBefore: 0,
  upFrontAfter: 0,
  upFrontRandom: 0,
  injected: Object.fromEntries(KINDS.map((k) => [k, [0, 0]])) as Tally["injected"],
});

const share = (reqs: RequirementEvidence[], visible?: (p: string) => boolean) =>
  reqs.length === 0
    ? 1
    : reqs.filter((r) => r.status !== "missing" && (!visible || r.evidencePaths.some(visible))).length / reqs.length;

export async function main(args: string[] = []): Promise<void> {
  const verbose = args.includes("--verbose");
  if (!corpusAvailable()) {
    console.log("eval tailor: corpus not found (set VANTA_CORPUS); nothing to evaluate");
    return;
  }
  const today = new Date("2026-11-29T00:00:00Z");
  const resumes = await loadResumes();
  const postings = loadCorpusPostings().filter((p) => resumeEvidence({}, p).requirements.length >= 3);
  const tallies = { dev: emptyTally(), held: emptyTally() };
  const trip = {
    dev: { pdf: [0, 0] as [number, number], docx: [0, 0] as [number, number] },
    held: { pdf: [0, 0] as [number, number], docx: [0, 0] as [number, number] },
  };

  for (const { id, resume } of resumes) {
    const t = heldOut(id) ? tallies.held : tallies.dev;
    for (const posting of postingsFor(id, postings)) {
      const out = tailorResume(resume, posting, today);
      t.pairs++;
      if (out.flags.length > 0) t.falseFlagPairs++;
      // an independent audit of what the user would see: the checker once more, and every line's facts
      const facts = factsOf(resume, today);
      const audit = checkResume(resume, out.resume, today).flags.length;
      const bad = resumeLines(out.resume).filter(
        (l) => l.kind !== "skill-group" && unsupportedFacts(l.text, [facts]).length > 0,
      );
      t.fabricationsShown += audit + bad.length;
      if (verbose)
        for (const l of bad)
          console.log(
            `  shown: ${id} × ${posting.id} ${l.path}: ${l.text.slice(0, 100)} ${JSON.stringify(unsupportedFacts(l.text, [facts]))}`,
          );
      const before = out.requirements.before;
      const after = out.requirements.after;
      t.evidencedBefore += share(before);
      t.evidencedAfter += share(after);
      t.upFrontBefore += share(before, upFront);
      t.upFrontAfter += share(after, upFront);
      t.upFrontRandom += share(resumeEvidence(shuffled(resume, posting.id), posting, 2026).requirements, upFront);
      const postingSkills = [
        ...out.requirements.before.flatMap((r) => r.requirement.match(/\b[A-Z][\w+#.]{1,20}\b/g) ?? []),
      ];
      for (const kind of KINDS) {
        const fab = structuredClone(out.resume);
        const path = inject(fab, kind, resume, postingSkills);
        if (!path) continue;
        const checked = checkResume(resume, fab, today);
        const caught = checked.flags.some((f) => f.path === path || f.path.startsWith(`${path}.`));
        t.injected[kind][1]++;
        if (caught) t.injected[kind][0]++;
      }
    }
    const tr = heldOut(id) ? trip.held : trip.dev;
    for (const format of ["pdf", "docx"] as const) {
      try {
        const parsed = await parseResumeFile(await renderResume(resume, format), `r.${format}`);
        // roles with an employer and a title: a role missing either cannot be told apart by any reader
        const want = (resume.work ?? [])
          .filter((w) => w.name && w.position)
          .map((w) => [w.name, w.position, w.startDate ?? null, w.endDate ?? null].join("|"));
        const got = new Set(
          (parsed.resume.work ?? []).map((w) => [w.name, w.position, w.startDate ?? null, w.endDate ?? null].join("|")),
        );
        tr[format][1] += want.length;
        tr[format][0] += want.filter((w) => got.has(w)).length;
      } catch {
        tr[format][1] += (resume.work ?? []).filter((w) => w.name && w.position).length;
      }
    }
  }

  const nRes = (held: boolean) => resumes.filter((r) => heldOut(r.id) === held).length;
  console.log(
    `eval tailor: ${resumes.length} corpus resumes with roles (${nRes(true)} held out) × 8 of ${postings.length} corpus postings with 3+ requirement lines`,
  );
  for (const [label, t, tr] of [
    ["development", tallies.dev, trip.dev],
    ["held-out", tallies.held, trip.held],
  ] as const) {
    const n = t.pairs || 1;
    console.log(`\n${label}: ${t.pairs} resume × posting pairs`);
    console.log(`  fabrications in the tailored output (after the checker; goal 0): ${t.fabricationsShown}`);
    console.log(`  pairs where the checker flagged the honest offline tailor:    ${rate(t.falseFlagPairs, t.pairs)}`);
    console.log("  checker recall on injected fabrications:");
    for (const k of KINDS) console.log(`    ${k.padEnd(9)} ${rate(t.injected[k][0], t.injected[k][1])}`);
    console.log("  requirements evidenced (mean share per pair)      original  tailored  random order");
    console.log(
      `    anywhere in the resume                          ${pct(t.evidencedBefore / n).padStart(7)}  ${pct(t.evidencedAfter / n).padStart(8)}`,
    );
    console.log(
      `    up front (summary, skills, first 3 bullets)     ${pct(t.upFrontBefore / n).padStart(7)}  ${pct(t.upFrontAfter / n).padStart(8)}  ${pct(t.upFrontRandom / n).padStart(12)}`,
    );
    console.log(
      "  export → parse round trip (roles with employer + title read back with the same employer, title, dates):",
    );
    console.log(`    PDF   ${rate(tr.pdf[0]!, tr.pdf[1]!)}`);
    console.log(`    DOCX  ${rate(tr.docx[0]!, tr.docx[1]!)}`);
  }
}
