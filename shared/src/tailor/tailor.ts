import { tokens } from "../match/text.ts";
import { normalizeSkill, skillLabel, skillSet } from "../normalize/skills.ts";
import type { Posting } from "../posting.ts";
import type { JsonResume } from "../resume/schema.ts";
import { evidencedShare, type RequirementEvidence, resumeEvidence } from "./evidence.ts";
import { numbersIn } from "./facts.ts";
import { finalizeTailored, type TailorOutput } from "./finalize.ts";
import { postingForms, reword } from "./reword.ts";

// The offline Resume Tailor: deterministic, from the resume's own words. It orders each role's
// bullets and the skills so the evidence for the posting's requirements comes first, keeps the most
// relevant bullets of long roles, orders the summary's sentences, writes skills in the posting's form,
// and lists the posting's skills the resume proves elsewhere in the skills section. It adds no fact;
// the checker runs on its output anyway, like on a model's.

export interface TailorResult extends TailorOutput {
  requirements: { before: RequirementEvidence[]; after: RequirementEvidence[] };
}

/** Bullets kept per role when a role has more than this many. */
export const MAX_BULLETS = 6;

interface Relevance {
  required: Set<string>;
  preferred: Set<string>;
  toks: Set<string>;
  evidence: Map<string, number>;
}

function relevanceOf(posting: Posting, before: RequirementEvidence[], req: Set<string>, pref: Set<string>): Relevance {
  const evidence = new Map<string, number>();
  for (const r of before)
    for (const p of r.evidencePaths)
      evidence.set(p, (evidence.get(p) ?? 0) + (r.kind === "required" ? 3 : 1.5) * (r.status === "met" ? 1 : 0.6));
  const toks = new Set(tokens(`${posting.title}\n${before.map((r) => r.requirement).join("\n")}`));
  return { required: req, preferred: pref, toks, evidence };
}

function score(rel: Relevance, path: string, text: string): number {
  let s = rel.evidence.get(path) ?? 0;
  for (const id of skillSet(text)) s += rel.required.has(id) ? 2 : rel.preferred.has(id) ? 1 : 0;
  let hits = 0;
  for (const t of new Set(tokens(text))) if (rel.toks.has(t)) hits++;
  // a measured result is worth keeping even when the posting does not name its topic
  const quantified = numbersIn(text).some((n) => n.kind !== "count" || n.value >= 2) ? 0.5 : 0;
  return s + Math.min(hits, 6) * 0.25 + quantified;
}

/** Stable sort by score, highest first. */
function byScore<T>(items: T[], scoreOf: (t: T, i: number) => number): T[] {
  return items
    .map((item, i) => ({ item, i, s: scoreOf(item, i) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.item);
}

export function tailorResume(source: JsonResume, posting: Posting, today = new Date()): TailorResult {
  const year = today.getUTCFullYear();
  const { requirements: before, features } = resumeEvidence(source, posting, year);
  const rel = relevanceOf(posting, before, features.requiredSkills, features.preferredSkills);
  const forms = postingForms(`${posting.title}\n${posting.description}`);
  const out: JsonResume = structuredClone(source);

  if (out.basics?.summary) {
    const sentences = out.basics.summary.split(/(?<=[.!?])\s+(?=[A-Z])/);
    out.basics.summary = byScore(sentences, (s) => score(rel, "", s))
      .map((s) => reword(s, forms))
      .join(" ");
  }

  out.work = (out.work ?? []).map((w, i) => {
    const lines = (w.highlights ?? []).map((text, j) => ({ text, s: score(rel, `work[${i}].highlights[${j}]`, text) }));
    let ordered = byScore(lines, (l) => l.s);
    // a long role keeps its most relevant bullets (the dropped ones are changes the user may reject)
    if (ordered.length > MAX_BULLETS) ordered = ordered.slice(0, MAX_BULLETS);
    const next = { ...w };
    if (w.highlights) next.highlights = ordered.map((l) => reword(l.text, forms));
    if (w.summary) next.summary = reword(w.summary, forms);
    return next;
  });
  if (!source.work) delete out.work;

  if (out.projects) {
    out.projects = byScore(out.projects, (p, i) =>
      score(
        rel,
        `projects[${i}].description`,
        [p.name, p.description, ...(p.highlights ?? []), ...(p.keywords ?? [])].join(" "),
      ),
    ).map((p) => ({
      ...p,
      ...(p.highlights
        ? { highlights: byScore(p.highlights, (h) => score(rel, "", h)).map((h) => reword(h, forms)) }
        : {}),
    }));
  }

  out.skills = tailorSkills(source, rel, forms);
  if (!source.skills && out.skills.length === 0) delete out.skills;

  const final = finalizeTailored(source, out, today);
  const { requirements: after } = resumeEvidence(final.resume, features, year);
  return { ...final, requirements: { before, after } };
}

function skillWeight(rel: Relevance, name: string): number {
  const id = normalizeSkill(name) ?? [...skillSet(name)][0];
  if (!id) return 0;
  return rel.required.has(id) ? 2 : rel.preferred.has(id) ? 1 : 0;
}

function tailorSkills(
  source: JsonResume,
  rel: Relevance,
  forms: Map<string, string>,
): NonNullable<JsonResume["skills"]> {
  const groups = (source.skills ?? []).map((g) => ({
    ...g,
    ...(g.keywords
      ? { keywords: byScore(g.keywords, (k) => skillWeight(rel, k)).map((k) => alignSkill(k, forms)) }
      : {}),
    ...(g.name && !g.keywords?.length ? { name: alignSkill(g.name, forms) } : {}),
  }));
  // the posting's skills this resume proves in its bullets but does not list: list them (in the posting's form)
  const listed = new Set<string>();
  for (const g of source.skills ?? [])
    for (const s of [g.name ?? "", ...(g.keywords ?? [])]) for (const id of idsOf(s)) listed.add(id);
  const proven = skillSet(JSON.stringify({ b: source.basics?.summary, w: source.work, p: source.projects }));
  const add = [...rel.required, ...rel.preferred].filter((id) => proven.has(id) && !listed.has(id));
  const ordered = byScore(groups, (g) =>
    [g.name ?? "", ...(g.keywords ?? [])].reduce((s, k) => s + skillWeight(rel, k), 0),
  );
  if (add.length > 0) {
    const names = add.map((id) => {
      const form = forms.get(id);
      return form && /[A-Z]/.test(form) ? form : skillLabel(id);
    });
    // a group of its own, first, unnamed: a name would be a label the user never wrote
    ordered.unshift({ keywords: names });
  }
  return ordered;
}

function idsOf(s: string): string[] {
  const id = normalizeSkill(s);
  return id ? [id] : [...skillSet(s)];
}

function alignSkill(name: string, forms: Map<string, string>): string {
  const id = normalizeSkill(name);
  const form = id ? forms.get(id) : undefined;
  return form && form.toLowerCase() !== name.toLowerCase() ? form : name;
}

export { evidencedShare };
