import { normalizeText } from "./meaning.ts";

// Meaning-level comparison of two short texts (questions, options): content words, crude stems and
// synonyms folded to one form, compared as sets. Not exact text: "Do you need visa sponsorship?"
// matches "Will you require sponsorship to work here?".

const STOP = new Set(
  "a an the and or of to in on at for with by from as is are be been being do does did you your yours we our us it its this that these those i me my will would can could should shall may might have has had not no yes please if any which what when where who how why there here one some".split(
    " ",
  ),
);

/** words that mean the same thing in application questions → one canonical token */
const SYNONYMS: Readonly<Record<string, string>> = {
  visa: "sponsor",
  sponsorship: "sponsor",
  sponsored: "sponsor",
  require: "need",
  requir: "need",
  required: "need",
  needed: "need",
  authorized: "authoriz",
  authorised: "authoriz",
  authorization: "authoriz",
  authorisation: "authoriz",
  eligible: "authoriz",
  legally: "legal",
  relocation: "relocat",
  relocate: "relocat",
  relocating: "relocat",
  move: "relocat",
  company: "employer",
  organization: "employer",
  organisation: "employer",
  employed: "work",
  employment: "work",
  job: "work",
  working: "work",
  worked: "work",
  onsite: "office",
  "on-site": "office",
  "in-person": "office",
  person: "office",
  hybrid: "office",
  commute: "office",
  salary: "compensat",
  compensation: "compensat",
  pay: "compensat",
  remuneration: "compensat",
  hear: "referral",
  heard: "referral",
  referred: "referral",
  source: "referral",
  earliest: "start",
  begin: "start",
  join: "start",
  female: "woman",
  male: "man",
  women: "woman",
  men: "man",
  cv: "resume",
  résumé: "resume",
  years: "year",
  yrs: "year",
  experienced: "experience",
};

function stem(w: string): string {
  const s = SYNONYMS[w];
  if (s) return s;
  let base = w;
  if (base.length > 4 && base.endsWith("ies")) base = `${base.slice(0, -3)}y`;
  else if (/(ss|ch|sh|x|z)es$/.test(base)) base = base.slice(0, -2);
  else if (base.length > 3 && base.endsWith("s") && !base.endsWith("ss")) base = base.slice(0, -1);
  if (base.length > 5) base = base.replace(/(ing|ed)$/, "");
  return SYNONYMS[base] ?? base;
}

export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of normalizeText(text).split(/[\s./@+-]+/)) {
    if (!w || STOP.has(w) || w.length < 2) continue;
    out.add(stem(w));
  }
  return out;
}

/** Dice coefficient of the two token sets (0–1). */
export function similarity(a: string | Set<string>, b: string | Set<string>): number {
  const A = typeof a === "string" ? tokens(a) : a;
  const B = typeof b === "string" ? tokens(b) : b;
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return (2 * common) / (A.size + B.size);
}
