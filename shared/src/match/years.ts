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
// "2019-2021", "Mar 2022 – Present", "06/2019 - 02/2022": a month name or number may stand before the second year
const RANGE_RE =
  /\b((?:19|20)\d{2})\s*(?:-|–|—|to)\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+|\d{1,2}\/)?((?:19|20)\d{2}|present|current|now|today)\b/gi;

/** The largest "N years of experience" the resume states, or null. */
export function statedYears(text: string): number | null {
  let stated: number | null = null;
  for (const m of text.matchAll(STATED_RE)) {
    const n = Number(m[1]);
    if (n > 0 && n <= 50 && (stated === null || n > stated)) stated = n;
  }
  return stated;
}

/** Years a resume shows: an explicit "N years of experience", else the span of dated roles. */
export function yearsFromResume(text: string, currentYear: number): number | null {
  const stated = statedYears(text);
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
