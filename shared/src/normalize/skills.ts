import { BUSINESS_SKILLS } from "./data/skills-business.ts";
import { TECH_SKILLS } from "./data/skills-tech.ts";

// Skills vocabulary: canonical skill ids with aliases, and extraction from free text.
// Matching is on whole tokens (so "Java" never matches inside "JavaScript"), n-grams up to
// four words, with case-sensitive aliases for short words that are also English ("Go", "R").

export interface Skill {
  id: string;
  label: string;
  kind: "tech" | "business";
}

export interface SkillHit {
  id: string;
  /** the text as written, a verbatim slice of the input */
  text: string;
  start: number;
  end: number;
}

const MAX_NGRAM = 4;
const skillsById = new Map<string, Skill>();
const ciAliases = new Map<string, string>(); // normalized lowercase phrase → id
const csAliases = new Map<string, string>(); // exact single token → id
const multiwordHeads = new Set<string>();

function skillId(label: string): string {
  return label.toLowerCase().replace(/^=/, "");
}

function tokenPhrase(s: string): string {
  return rawTokens(s.toLowerCase())
    .map((t) => t.text)
    .join(" ");
}

function loadVocabulary(data: string, kind: Skill["kind"]): void {
  for (const raw of data.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const parts = line.split("|").map((p) => p.trim());
    const label = parts[0]!.replace(/^=/, "");
    const id = skillId(label);
    skillsById.set(id, { id, label, kind });
    for (const alias of parts) {
      if (alias.startsWith("=")) {
        csAliases.set(alias.slice(1), id);
        continue;
      }
      const phrase = tokenPhrase(alias);
      if (!phrase) continue;
      ciAliases.set(phrase, id);
      const words = phrase.split(" ");
      if (words.length > 1) multiwordHeads.add(words[0]!);
    }
  }
}

interface RawToken {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /\.?[A-Za-z0-9][A-Za-z0-9+#&]*(?:[./-][A-Za-z0-9+#&]+)*\+*/g;

function rawTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

// "React/Redux" or "Kotlin-based" are one raw token; split them unless the whole is an alias.
function skillTokens(text: string): RawToken[] {
  const out: RawToken[] = [];
  for (const t of rawTokens(text)) {
    const lower = t.text.toLowerCase();
    if (!/[/-]/.test(t.text) || ciAliases.has(lower) || multiwordHeads.has(lower)) {
      out.push(t);
      continue;
    }
    for (const m of t.text.matchAll(/[^/-]+/g)) {
      const start = t.start + m.index;
      out.push({ text: m[0], start, end: start + m[0].length });
    }
  }
  return out;
}

function atSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  return index === 0 || /(^|\n|[.!?:]\s+)\s*[-*•]?\s*$/.test(before);
}

loadVocabulary(TECH_SKILLS, "tech");
loadVocabulary(BUSINESS_SKILLS, "business");

/** Every skill mention in `text`, in order, longest alias first at each position. */
export function extractSkills(text: string): SkillHit[] {
  const tokens = skillTokens(text);
  const lowers = tokens.map((t) => t.text.toLowerCase());
  const hits: SkillHit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let n = Math.min(MAX_NGRAM, tokens.length - i); n >= 1 && !matched; n--) {
      // a multi-word alias must not jump over punctuation other than spaces/hyphens
      const first = tokens[i]!;
      const last = tokens[i + n - 1]!;
      if (n > 1 && !/^[\s-]*$/.test(text.slice(first.end, tokens[i + 1]!.start))) continue;
      const phrase = n === 1 ? lowers[i]! : lowers.slice(i, i + n).join(" ");
      let id = ciAliases.get(phrase);
      if (!id && n === 1) {
        const cs = csAliases.get(first.text);
        if (cs && !atSentenceStart(text, first.start)) id = cs;
      }
      if (id) {
        hits.push({ id, text: text.slice(first.start, last.end), start: first.start, end: last.end });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return hits;
}

/** Distinct skill ids mentioned in `text`. */
export function skillSet(text: string): Set<string> {
  return new Set(extractSkills(text).map((h) => h.id));
}

/** Canonical id of a skill name a user typed ("k8s" → "kubernetes"), or null if unknown. */
export function normalizeSkill(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return null;
  const cs = csAliases.get(trimmed);
  if (cs) return cs;
  return ciAliases.get(tokenPhrase(trimmed)) ?? csAliases.get(trimmed.replace(/^./, (c) => c.toUpperCase())) ?? null;
}

export function skillLabel(id: string): string {
  return skillsById.get(id)?.label ?? id;
}

export function vocabularySize(): number {
  return skillsById.size;
}
