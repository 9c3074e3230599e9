import { maxYearsRequired } from "../normalize/experience.ts";

// Years of experience: what a posting asks ("5+ years", "3-5 years") and what a resume shows
// (a stated "9 years" or the span of its dated roles). The posting side is normalize's parser;
// the resume side stays here: it reads role date spans, which postings never need.

/** Years a posting asks for (the largest figure in requirement statements), or null. */
export function yearsRequired(text: string): number | null {
  return maxYearsRequired(text);
}

const STATED_RE =
  /(\d{1,2})\+?\s*(?:years?|yrs)(?:\s+of)?(?:\s+(?:professional|industry|hands-on|software|engineering|work|relevant|total))*\s+(?:experience|building|working|in\b|as\b)/gi;
const RANGE_RE = /\b((?:19|20)\d{2})\s*(?:-|–|—|to)\s*((?:19|20)\d{2}|present|current|now|today)\b/gi;

/** Years a resume shows: an explicit "N years of experience", else the span of dated roles. */
export function yearsFromResume(text: string, currentYear: number): number | null {
  let stated: number | null = null;
  for (const m of text.matchAll(STATED_RE)) {
    const n = Number(m[1]);
    if (n > 0 && n <= 50 && (stated === null || n > stated)) stated = n;
  }
  if (stated !== null) return stated;
  let first: number | null = null;
  let last: number | null = null;
  for (const m of text.matchAll(RANGE_RE)) {
    const a = Number(m[1]);
    const b = /^\d/.test(m[2]!) ? Number(m[2]) : currentYear;
    if (a > currentYear || b < a) continue;
    first = first === null ? a : Math.min(first, a);
    last = last === null ? b : Math.max(last, b);
  }
  return first !== null && last !== null ? Math.max(0, last - first) : null;
}
