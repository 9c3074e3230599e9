import type { Posting } from "../posting.ts";
import type { JsonResume } from "../resume/schema.ts";
import type { Flag } from "./check.ts";
import { resumeEvidence } from "./evidence.ts";
import { describeUnsupported, factsOf, factsOfText, type SourceFacts, unsupportedFacts } from "./facts.ts";
import { resumeLines } from "./lines.ts";
import { indexLines, type Provenance, sourcesFor } from "./provenance.ts";
import { postingForms, reword } from "./reword.ts";
import { startsWithActionVerb } from "./verbs.ts";

// The cover letter under the tailor's rules. Offline it is assembled from facts only: the posting's
// title, company and requirement lines, and the resume's roles, bullets, degree and skills, each sentence
// with its sources (`posting.title`, `work[0].highlights[2]`, …). Any letter (offline or a model's) then
// goes through `checkLetter`: a sentence about the applicant ("I", "my") may state only resume facts;
// other sentences may also state the posting's. Unsupported sentences are removed and flagged.

export interface CoverLetter {
  text: string;
  /** one entry per sentence, `sentences[i]` in text order */
  provenance: Provenance[];
  flags: Flag[];
}

export interface Sentence {
  text: string;
  sources: string[];
  /** blank line after it */
  breakAfter?: boolean;
}

const FIRST_PERSON = /\b(i|i'm|i've|i'd|my|me|mine)\b/i;
const MAX_EVIDENCE = 3;

function shortRequirement(req: string): string {
  let r = req.replace(/[.;:]+$/, "").trim();
  if (r.length > 110) r = `${r.slice(0, 110).replace(/\s+\S*$/, "")}…`;
  return r.charAt(0).toLowerCase() + r.slice(1);
}

function asClause(line: string): string {
  const t = line.trim().replace(/[.;]+$/, "");
  return t.charAt(0).toLowerCase() + t.slice(1);
}

export function draftCoverLetter(resume: JsonResume, posting: Posting, today = new Date()): CoverLetter {
  const { requirements } = resumeEvidence(resume, posting, today.getUTCFullYear());
  const work = resume.work ?? [];
  const forms = postingForms(`${posting.title}\n${posting.description}`);
  const out: Sentence[] = [];
  out.push({ text: `Dear ${posting.company} team,`, sources: ["posting.company"], breakAfter: true });
  out.push({
    text: `I am applying for the ${posting.title} position at ${posting.company}.`,
    sources: ["posting.title", "posting.company"],
  });
  const current = work.findIndex((w) => w.name && w.position);
  if (current >= 0) {
    const w = work[current]!;
    out.push({
      text: w.endDate
        ? `Most recently I worked as ${w.position} at ${w.name}.`
        : `I currently work as ${w.position} at ${w.name}.`,
      sources: [
        `work[${current}].position`,
        `work[${current}].name`,
        `work[${current}].${w.endDate ? "endDate" : "startDate"}`,
      ],
      breakAfter: true,
    });
  }

  // the strongest evidence first: required before preferred, met before partial, one bullet used once
  const used = new Set<string>();
  const ranked = [...requirements]
    .filter((r) => r.status !== "missing")
    .sort(
      (a, b) =>
        Number(b.kind === "required") - Number(a.kind === "required") ||
        Number(b.status === "met") - Number(a.status === "met"),
    );
  let told = 0;
  for (const r of ranked) {
    if (told >= MAX_EVIDENCE) break;
    const path = r.evidencePaths.find((p) => /^work\[\d+\]\.highlights\[\d+\]$/.test(p) && !used.has(p));
    if (!path || !r.evidence) continue;
    used.add(path);
    const i = Number(/^work\[(\d+)\]/.exec(path)![1]);
    const employer = work[i]?.name;
    out.push({ text: `You ask for ${shortRequirement(r.requirement)}.`, sources: ["posting.description"] });
    const line = reword(r.evidence, forms);
    const clause = asClause(line);
    out.push({
      text: startsWithActionVerb(line)
        ? `${employer ? `At ${employer}, ` : ""}I ${clause}.`
        : `${employer ? `At ${employer}, my work included this: ` : "My work included this: "}${clause}.`,
      sources: [path, ...(employer ? [`work[${i}].name`] : [])],
      breakAfter: told === MAX_EVIDENCE - 1,
    });
    told++;
  }
  if (told > 0) out[out.length - 1]!.breakAfter = true;

  const degreeReq = requirements.find(
    (r) => r.status !== "missing" && r.evidencePaths.some((p) => p.startsWith("education[")),
  );
  if (degreeReq) {
    const p = degreeReq.evidencePaths.find((x) => x.startsWith("education["))!;
    const e = (resume.education ?? [])[Number(/\d+/.exec(p)![0])];
    if (e?.institution && (e.studyType || e.area)) {
      const what = [e.studyType, e.area].filter(Boolean).join(" in ");
      out.push({ text: `I hold a ${what} from ${e.institution}.`, sources: [p] });
    }
  }
  const skillPaths = requirements
    .filter((r) => r.status !== "missing")
    .flatMap((r) => r.evidencePaths.filter((p) => p.startsWith("skills[")));
  const skills = [...new Set(skillPaths)]
    .map((p) => ({ p, name: skillAt(resume, p) }))
    .filter((s): s is { p: string; name: string } => Boolean(s.name))
    .slice(0, 5);
  if (skills.length > 0)
    out.push({
      text: `My skills include ${listText(skills.map((s) => s.name))}.`,
      sources: skills.map((s) => s.p),
      breakAfter: true,
    });
  else if (out.length > 0) out[out.length - 1]!.breakAfter = true;

  out.push({
    text: `Thank you for considering my application; I would welcome a conversation about the ${posting.title} role.`,
    sources: ["posting.title"],
    breakAfter: true,
  });
  if (resume.basics?.name) out.push({ text: `Sincerely,\n${resume.basics.name}`, sources: ["basics.name"] });
  const text = joinSentences(out);
  return checkLetter(text, resume, posting, today, out);
}

function skillAt(resume: JsonResume, path: string): string | undefined {
  const m = /^skills\[(\d+)\]\.(?:keywords\[(\d+)\]|name)$/.exec(path);
  if (!m) return undefined;
  const g = resume.skills?.[Number(m[1])];
  return m[2] !== undefined ? g?.keywords?.[Number(m[2])] : g?.name;
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function joinSentences(list: Sentence[]): string {
  let text = "";
  for (const s of list) text += `${s.text}${s.breakAfter ? "\n\n" : " "}`;
  return text.trim();
}

/** Sentences of a letter, in order: split on sentence ends; a blank line ends a paragraph. */
export function letterSentences(text: string): Sentence[] {
  return text.split(/\n\s*\n/).flatMap((para) => {
    const parts = para
      .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((t): Sentence => ({ text: t, sources: [] }));
    if (parts.length > 0) parts[parts.length - 1]!.breakAfter = true;
    return parts;
  });
}

function postingFacts(posting: Posting): SourceFacts {
  return factsOfText(`${posting.title}\n${posting.company}\n${posting.locations.join("\n")}\n${posting.description}`);
}

/**
 * The fabrication rules over a letter: removes sentences stating unsupported facts (flagged) and
 * gives each remaining sentence its sources (`known` carries them for the offline draft).
 */
export function checkLetter(
  text: string,
  resume: JsonResume,
  posting: Posting,
  today = new Date(),
  known?: Sentence[],
): CoverLetter {
  const mine = factsOf(resume, today);
  const theirs = postingFacts(posting);
  // naming the job applied for is not a claim about the applicant
  const job = factsOfText(`${posting.title}\n${posting.company}\n${posting.locations.join("\n")}`);
  const flags: Flag[] = [];
  const kept: Sentence[] = [];
  const sentences = known ?? letterSentences(text);
  sentences.forEach((s, i) => {
    // the letter's greeting and sign-off name the company and the applicant
    const allowed = FIRST_PERSON.test(s.text) ? [mine, job] : [mine, theirs];
    const bad = unsupportedFacts(s.text.replace(/^Dear\b/, "dear"), allowed);
    if (bad.length > 0) {
      flags.push({
        path: `sentences[${i}]`,
        reason: `removed: ${describeUnsupported(bad)} not in the resume or the posting`,
      });
      return;
    }
    kept.push(s);
  });
  // a removed paragraph end moves to the kept sentence before it
  sentences.forEach((s, i) => {
    if (s.breakAfter && !kept.includes(s)) {
      const before = kept.filter((k) => sentences.indexOf(k) < i).at(-1);
      if (before) before.breakAfter = true;
    }
  });
  const index = indexLines(resumeLines(resume));
  const final = known ? kept : kept.map((s) => ({ ...s, sources: traceSentence(s.text, resume, posting, index) }));
  return {
    text: joinSentences(final),
    provenance: final.map((s, i) => ({ path: `sentences[${i}]`, sources: s.sources })),
    flags,
  };
}

/** Sources of a model-written sentence: the posting and role names it uses, and the resume lines its words come from. */
function traceSentence(
  sentence: string,
  resume: JsonResume,
  posting: Posting,
  index: ReturnType<typeof indexLines>,
): string[] {
  const lower = sentence.toLowerCase();
  const out: string[] = [];
  if (lower.includes(posting.company.toLowerCase())) out.push("posting.company");
  if (lower.includes(posting.title.toLowerCase())) out.push("posting.title");
  (resume.work ?? []).forEach((w, i) => {
    if (w.name && lower.includes(w.name.toLowerCase())) out.push(`work[${i}].name`);
    if (w.position && lower.includes(w.position.toLowerCase())) out.push(`work[${i}].position`);
  });
  if (resume.basics?.name && lower.includes(resume.basics.name.toLowerCase())) out.push("basics.name");
  out.push(...sourcesFor({ path: "", text: sentence, kind: "highlight" }, index));
  return out;
}
