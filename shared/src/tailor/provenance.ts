import { tokens } from "../match/text.ts";
import { extractSkills, normalizeSkill, skillSet } from "../normalize/skills.ts";
import type { JsonResume } from "../resume/schema.ts";
import { type ResumeLine, resumeLines } from "./lines.ts";

// Provenance: for every line of a tailored resume, the source lines it was written from. Found by
// meaning-free means on purpose: the same text, or the output's content words found in source lines
// (stemmed, so "built"/"building" meet). A line no source explains gets no sources; the checker removes it.

export interface Provenance {
  path: string;
  sources: string[];
}

interface Indexed extends ResumeLine {
  toks: Set<string>;
  skills: Set<string>;
  norm: string;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9+#%$]+/g, " ")
    .trim();

/** Content tokens with each skill mention as one token of its id, so "k8s" and "Kubernetes" meet. */
export function lineTokens(text: string): string[] {
  const hits = extractSkills(text);
  let rest = text;
  for (const h of [...hits].reverse()) rest = `${rest.slice(0, h.start)} ${rest.slice(h.end)}`;
  return [...tokens(rest), ...hits.map((h) => `skill:${h.id}`)];
}

export function indexLines(lines: ResumeLine[]): Indexed[] {
  return lines.map((l) => ({ ...l, toks: new Set(lineTokens(l.text)), skills: skillSet(l.text), norm: norm(l.text) }));
}

/** Share of a line's content tokens that must come from its sources. */
export const COVERAGE = 0.6;

export function sourcesFor(line: ResumeLine, source: Indexed[]): string[] {
  const n = norm(line.text);
  const exact = source.filter((s) => s.norm === n);
  if (exact.length > 0) return [exact.find((s) => s.path === line.path)?.path ?? exact[0]!.path];
  if (line.kind === "skill" || line.kind === "skill-group") return skillSources(line.text, source);
  const toks = [...new Set(lineTokens(line.text))];
  if (toks.length === 0) return [];
  // greedy cover: the source line explaining most of the remaining words, up to three lines
  const left = new Set(toks);
  const picked: string[] = [];
  while (picked.length < 3 && left.size > 0) {
    let best: Indexed | null = null;
    let bestHits = 0;
    for (const s of source) {
      if (picked.includes(s.path) || s.kind === "skill" || s.kind === "skill-group") continue;
      let hits = 0;
      for (const t of left) if (s.toks.has(t)) hits++;
      if (hits > bestHits) {
        best = s;
        bestHits = hits;
      }
    }
    // one shared word is coincidence, not a source
    if (!best || bestHits < Math.min(2, left.size)) break;
    picked.push(best.path);
    for (const t of best.toks) left.delete(t);
  }
  const covered = 1 - left.size / toks.length;
  return covered >= COVERAGE ? picked : [];
}

function skillSources(text: string, source: Indexed[]): string[] {
  const id = normalizeSkill(text);
  const ids = id ? new Set([id]) : skillSet(text);
  const n = norm(text);
  const hits = source.filter((s) =>
    ids.size > 0 ? [...ids].some((i) => s.skills.has(i)) : n.length > 0 && ` ${s.norm} `.includes(` ${n} `),
  );
  // the skills section first: that is where the user stated it
  hits.sort((a, b) => Number(b.kind === "skill") - Number(a.kind === "skill"));
  return hits.slice(0, 3).map((s) => s.path);
}

/** Provenance of every line of `output`, traced into `source`. */
export function traceProvenance(source: JsonResume, output: JsonResume, workSource?: number[]): Provenance[] {
  const index = indexLines(resumeLines(source));
  const out: Provenance[] = [];
  (output.work ?? []).forEach((_, i) => {
    const k = workSource?.[i];
    if (k !== undefined) out.push({ path: `work[${i}]`, sources: [`work[${k}]`] });
  });
  for (const line of resumeLines(output)) out.push({ path: line.path, sources: sourcesFor(line, index) });
  return out;
}
