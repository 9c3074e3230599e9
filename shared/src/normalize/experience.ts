import { fixMojibake } from "./html.ts";

// Years of experience a posting asks for: "5+ years", "3-5 years", "at least two years".

export interface YearsRequired {
  min: number;
  max: number | null;
}

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUM = String.raw`(\d{1,2}(?:\.5)?|${Object.keys(WORDS).join("|")})`;
// Every \s* is followed by a required token, never by another optional \s*: adjacent \s* groups made
// this pattern backtrack quadratically on long whitespace runs (issue 12, finding 4).
const YEARS_RE = new RegExp(
  String.raw`(?:\b(at least|minimum(?: of)?|min\.?|over|more than|up to)\s+)?\b${NUM}(?:\s*\(\d+\))?(?:\s*(\+|plus))?(?:\s*(?:-|–|—|to)\s*${NUM}(?:\s*\+)?)?\s*(?:years?|yrs?)\b(?:\s*\+)?`,
  "gi",
);
/** A requirement mention deep in a longer text is not worth scanning for; bounds the work per posting. */
const MAX_SCAN_CHARS = 100_000;
const toNum = (s: string) => WORDS[s.toLowerCase()] ?? Number.parseFloat(s);
// What follows a real requirement vs. incidental durations ("founded 10 years ago").
const CONTEXT_OK =
  /^\W*(?:or more\s+)?(?:of|in|with|experience|professional|relevant|related|working|industry|hands-on|post|building|developing|leading|managing|as|designing|doing|full[- ]time|prior|practical|combined|commercial|progressive|\w+ experience)/i;
const CONTEXT_BAD =
  /^\W*(?:of (?:runway|history|operations?|growth|funding|data|service|warranty)\b|ago|old|later|from now|history|anniversary|warranty|in business|of age|running)/i;
const OPTIONAL_SENTENCE = /\b(prefer(?:red|ably)?|nice to have|bonus|a plus|is a plus|ideally|desired)\b/i;

interface YearsMention {
  years: YearsRequired;
  /** in a preferred/bonus sentence */
  optional: boolean;
}

/** Every years-of-experience requirement mention in reading order (incidental durations skipped). */
function* yearsMentions(raw: string): Generator<YearsMention> {
  // "10â\u0080\u009312 years" (a mis-decoded en dash) would otherwise read as "12 years".
  const text = fixMojibake(raw.length > MAX_SCAN_CHARS ? raw.slice(0, MAX_SCAN_CHARS) : raw);
  for (const m of text.matchAll(YEARS_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = text.slice(end, end + 50);
    const before = text.slice(Math.max(0, start - 60), start);
    if (CONTEXT_BAD.test(after) || /\b(past|last|founded|since|over the)\s*$/i.test(before)) continue;
    const beforeExperience = /experience[^.\n]{0,25}$/i.test(before);
    if (!CONTEXT_OK.test(after) && !beforeExperience) continue;
    const qualifier = (m[1] ?? "").toLowerCase();
    const a = toNum(m[2] ?? "");
    const b = m[4] ? toNum(m[4]) : null;
    if (!Number.isFinite(a) || a > 40 || (b !== null && (b > 40 || b < a))) continue;
    const years: YearsRequired = qualifier === "up to" ? { min: 0, max: a } : { min: a, max: b };
    const sentence = text.slice(Math.max(text.lastIndexOf(".", start), text.lastIndexOf("\n", start), 0), end + 60);
    yield { years, optional: OPTIONAL_SENTENCE.test(sentence.split(/[.\n]/).slice(0, 2).join(" ")) };
  }
}

/** The first required years-of-experience mention (preferred/bonus mentions only as fallback). */
export function parseYearsRequired(text: string | null | undefined): YearsRequired | null {
  if (!text) return null;
  let fallback: YearsRequired | null = null;
  for (const { years, optional } of yearsMentions(text)) {
    if (!optional) return years;
    fallback ??= years;
  }
  return fallback;
}

/**
 * The largest minimum among required mentions ("5+ years …; 2+ years of Go" → 5), falling back
 * to preferred ones; null when none. For a hard filter that must reflect the strictest ask.
 */
export function maxYearsRequired(text: string | null | undefined): number | null {
  if (!text) return null;
  let required: number | null = null;
  let optional: number | null = null;
  for (const { years, optional: opt } of yearsMentions(text)) {
    if (years.min <= 0) continue;
    if (opt) optional = Math.max(optional ?? 0, years.min);
    else required = Math.max(required ?? 0, years.min);
  }
  return required ?? optional;
}
