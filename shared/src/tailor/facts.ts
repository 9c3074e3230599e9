import { extractSkills, skillLabel, skillSet } from "../normalize/skills.ts";
import type { JsonResume } from "../resume/schema.ts";
import { resumeStrings } from "./lines.ts";

// The checkable facts of a text: numbers (counts, percentages, money, multipliers), skills, degree
// names and proper names. A tailored line may reword its source freely; every fact it states must be
// among the source resume's facts.

export type NumberKind = "count" | "percent" | "money" | "multiplier";

export interface NumberFact {
  raw: string;
  value: number;
  kind: NumberKind;
  /** "5 years": a duration the work dates can support */
  years: boolean;
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
  thirty: 30,
  fifty: 50,
  hundred: 100,
  dozen: 12,
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
  millions: 1_000_000,
};

const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};

// "$1.2M", "40%", "3x", "12,000", "2.5 million", "twelve"; not the digits inside "S3", "EC2", "H1B", "Python 3.11"
const NUMBER_RE =
  /(?<![\w.])([$€£¥]\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?(%|percent\b|per cent\b|[kKmMbB]\b|mm\b|bn\b|million\b|billion\b|thousand\b|x\b|×)?(\+)?(?![\w])(\s*(?:\+\s*)?(?:years?|yrs)\b)?/g;
const WORD_NUMBER_RE = new RegExp(`\\b(${Object.keys(WORDS).join("|")})\\b(\\s+(?:years?|yrs)\\b)?`, "gi");

export function numbersIn(text: string): NumberFact[] {
  const out: NumberFact[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const currency = m[1];
    let value = Number(`${m[2]!.replace(/,/g, "")}${m[3] ?? ""}`);
    const suffix = m[4]?.toLowerCase().trim();
    let kind: NumberKind = currency ? "money" : "count";
    if (suffix === "%" || suffix === "percent" || suffix === "per cent") kind = "percent";
    else if (suffix === "x" || suffix === "×") kind = "multiplier";
    else if (suffix && SCALE[suffix]) value *= SCALE[suffix];
    // a bare "2019" next to a dash or month is a date, kept as a count: dates are checked as structure
    out.push({ raw: m[0].trim(), value: round(value), kind, years: Boolean(m[6]) });
  }
  for (const m of text.matchAll(WORD_NUMBER_RE)) {
    const w = m[1]!.toLowerCase();
    // "one of", "one team": the article sense says no number
    if (w === "one" && !m[2]) continue;
    out.push({ raw: m[0].trim(), value: WORDS[w]!, kind: "count", years: Boolean(m[2]) });
  }
  return out;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

const DEGREE_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ["doctorate", /\b(ph\.?\s?d|doctorate|doctoral|d\.phil)\b/i],
  ["mba", /\bm\.?b\.?a\b/i],
  // "Master of Science", "master's"; not "Scrum Master" or "mastered"
  ["master", /\b(master['’]?s|master (of|in)|m\.sc|msc|m\.s\.|m\.a\.|m\.eng|meng)\b/i],
  ["bachelor", /\b(bachelor(['’]?s)?|b\.sc|bsc|b\.s\.|b\.a\.|b\.eng|beng|b\.tech|btech|undergraduate degree)\b/i],
  ["associate", /\bassociate'?s? degree\b/i],
];

export function degreesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const [name, re] of DEGREE_PATTERNS) if (re.test(text)) out.add(name);
  return out;
}

const CERT_RE =
  /\b(certified|certification|certificate|licensed|license|PMP|CPA|CFA|CISSP|CISA|CISM|CCNA|CCNP|CKA|CKAD|CSM|PHR|SPHR|SHRM-CP|SHRM-SCP|RN|LPN|PE)\b/;

export function certificationsIn(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.;!?])\s+/)) if (CERT_RE.test(sentence)) out.push(sentence.trim());
  return out;
}

// Capitalized words that are not names: sentence words, months, pronouns.
const NOT_NAMES = new Set(
  `i i'm i've i'd i'll my we our you your the a an and or but in on at for to of with by from as this that these those it
january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday present dear sincerely regards thank thanks best hiring team manager`
    .trim()
    .split(/\s+/),
);

/** Words written with a capital inside a sentence (names of employers, schools, products, places). */
export function properNamesIn(text: string): string[] {
  return properNameMatches(text).map((m) => m.name);
}

function properNameMatches(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const m of text.matchAll(/(?<=[a-z0-9,;:)]\s+|\s[-–—]\s)([A-Z][\w&'’.-]*[\w&])/g)) {
    const w = m[1]!;
    const lower = w.toLowerCase().replace(/['’]s$/, "");
    if (NOT_NAMES.has(lower)) continue;
    out.push({ name: w, index: m.index });
  }
  return out;
}

export interface SourceFacts {
  numbers: NumberFact[];
  /** values by kind: a percentage, money or multiplier needs the same kind in the source; a count any kind */
  percents: Set<number>;
  money: Set<number>;
  multipliers: Set<number>;
  values: Set<number>;
  skills: Set<string>;
  degrees: Set<string>;
  /** every word of the source, lowercased, for the proper-name check */
  words: Set<string>;
  /** whole text, lowercased, for phrase lookups */
  text: string;
  /** the text's words joined by single spaces, padded: ` ${words} ` finds a whole-word phrase */
  phrases: string;
  /** years spanned by the work history, for "N years of experience" */
  years: number;
}

export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9+#&'’.-]+/)
    .map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, "").replace(/['’]s$/, ""))
    .filter(Boolean);
}

/** Facts of any text, e.g. the posting's (a cover letter may name what the posting asks for). */
export function factsOfText(text: string, years = 0): SourceFacts {
  const numbers = numbersIn(text);
  const degrees = degreesIn(text);
  return {
    numbers,
    percents: new Set(numbers.filter((n) => n.kind === "percent").map((n) => n.value)),
    money: new Set(numbers.filter((n) => n.kind === "money").map((n) => n.value)),
    multipliers: new Set(numbers.filter((n) => n.kind === "multiplier").map((n) => n.value)),
    values: new Set(numbers.filter((n) => n.kind !== "percent").map((n) => n.value)),
    skills: skillSet(text),
    degrees,
    words: new Set(wordsOf(text)),
    text: text.toLowerCase(),
    phrases: ` ${wordsOf(text).join(" ")} `,
    years,
  };
}

const DATE_KEY = /(^|\.)(startDate|endDate|date|releaseDate)$/;

export function factsOf(resume: JsonResume, today = new Date()): SourceFacts {
  const strings = resumeStrings(resume);
  const prose = strings.filter((s) => !DATE_KEY.test(s.path)).map((s) => s.text);
  const facts = factsOfText(prose.join("\n"), experienceYears(resume, today));
  for (const s of strings) {
    if (!DATE_KEY.test(s.path)) continue;
    const year = Number(s.text.slice(0, 4));
    facts.values.add(year);
    facts.words.add(String(year));
  }
  // skills the user listed by name that the vocabulary does not know still count as theirs
  for (const s of resume.skills ?? []) for (const k of s.keywords ?? []) facts.words.add(k.toLowerCase());
  return facts;
}

/** Years from the earliest work start to the latest end (or today). */
export function experienceYears(resume: JsonResume, today = new Date()): number {
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const w of resume.work ?? []) {
    if (!w.startDate) continue;
    const start = Date.parse(`${w.startDate.length === 4 ? `${w.startDate}-01` : w.startDate.slice(0, 7)}-01`);
    const end = w.endDate
      ? Date.parse(`${w.endDate.length === 4 ? `${w.endDate}-12` : w.endDate.slice(0, 7)}-28`)
      : +today;
    first = Math.min(first, start);
    last = Math.max(last, end);
  }
  return Number.isFinite(first) ? Math.max(0, (last - first) / (365.25 * 86_400_000)) : 0;
}

export interface Unsupported {
  kind: "number" | "skill" | "degree" | "certification" | "name";
  value: string;
}

/** The facts `text` states that `allowed` does not support (any of the fact sets). */
export function unsupportedFacts(text: string, allowed: SourceFacts[]): Unsupported[] {
  const out: Unsupported[] = [];
  for (const n of numbersIn(text)) {
    const ok = allowed.some((f) =>
      n.kind === "percent"
        ? f.percents.has(n.value)
        : n.kind === "money"
          ? f.money.has(n.value)
          : n.kind === "multiplier"
            ? f.multipliers.has(n.value)
            : f.values.has(n.value) || (n.years && n.value <= Math.floor(f.years + 0.25)),
    );
    if (!ok) out.push({ kind: "number", value: n.raw });
  }
  for (const id of skillSet(text)) {
    if (!allowed.some((f) => f.skills.has(id) || f.words.has(id))) out.push({ kind: "skill", value: skillLabel(id) });
  }
  for (const d of degreesIn(text)) {
    if (!allowed.some((f) => f.degrees.has(d))) out.push({ kind: "degree", value: d });
  }
  for (const c of certificationsIn(text)) {
    // a certification sentence is supported when the source states a certification in the same words
    const words = wordsOf(c).filter((w) => /^[a-z]/.test(w) && w.length > 2);
    const names = properNamesIn(c).concat(c.match(CERT_RE) ?? []);
    const ok = allowed.some(
      (f) => names.every((n) => f.words.has(n.toLowerCase().replace(/['’]s$/, ""))) && words.length > 0,
    );
    if (!ok) out.push({ kind: "certification", value: c.slice(0, 120) });
  }
  // a capitalized word inside a skill's name ("Microsoft Excel") is the skill, checked above
  const spans = extractSkills(text).map((h) => [h.start, h.end] as const);
  for (const m of properNameMatches(text)) {
    if (spans.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const parts = wordsOf(m.name);
    if (parts.every((p) => allowed.some((f) => f.words.has(p)))) continue;
    out.push({ kind: "name", value: m.name });
  }
  return dedupe(out);
}

function dedupe(list: Unsupported[]): Unsupported[] {
  const seen = new Set<string>();
  return list.filter((u) => {
    const k = `${u.kind}:${u.value.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function describeUnsupported(list: Unsupported[]): string {
  return list.map((u) => `${u.kind} "${u.value}"`).join(", ");
}
