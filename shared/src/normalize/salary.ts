import type { SalaryPeriod } from "../posting.ts";
import { CURRENCY_CODES, CURRENCY_SYMBOLS, toCurrencyCode } from "./currency.ts";
import { fixMojibake } from "./html.ts";

// Salary → integer cents in the original period plus an annualized range, so postings quoted
// hourly, monthly or yearly can be compared and filtered against one floor.

export interface NormalizedSalary {
  minCents: number | null;
  maxCents: number | null;
  currency: string;
  /** the period the posting quoted */
  period: SalaryPeriod;
  annualMinCents: number | null;
  annualMaxCents: number | null;
}

/** Full-time multipliers: 2080 h, 260 working days, 52 weeks, 12 months. */
export const ANNUAL_FACTOR: Record<SalaryPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

const PERIOD_PATTERNS: ReadonlyArray<readonly [RegExp, SalaryPeriod]> = [
  [/\b(?:per|an|a|\/|each)[\s-]*(?:hour|hr)s?\b|\bhourly\b|\/\s*h\b|\bph\b|\bstd\b|\bstunde\b|\b1\s*hour\b/i, "hour"],
  [/\b(?:per|a|\/)[\s-]*(?:day|diem)\b|\bdaily\b|\bday\s*rate\b|\bp\/d\b|\b1\s*day\b/i, "day"],
  [/\b(?:per|a|\/)[\s-]*(?:week|wk)\b|\bweekly\b|\bpw\b|\b1\s*week\b/i, "week"],
  [/\b(?:per|a|\/)[\s-]*(?:month|mo|mth)\b|\bmonthly\b|\bpcm\b|\bp\/m\b|\bmonat(?:lich)?\b|\b1\s*month\b/i, "month"],
  [
    /\b(?:per|a|\/)[\s-]*(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.?a\.?(?=$|[^a-z])|\bper\s*year\b|\bjahr\b|\b1\s*year\b|\bsalary\b/i,
    "year",
  ],
];

/** Reads a period from text ("per hour", "/hr", "Per Year", "1 YEAR", "monthly"); null if none. */
export function parsePeriod(text: string | null | undefined): SalaryPeriod | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  if (/^(hour|hourly|hr|h)$/.test(t)) return "hour";
  if (/^(day|daily|d)$/.test(t)) return "day";
  if (/^(week|weekly|wk|w)$/.test(t)) return "week";
  if (/^(month|monthly|mo|m)$/.test(t)) return "month";
  if (/^(year|yearly|annual|annually|yr|y|annum|pa)$/.test(t)) return "year";
  for (const [re, period] of PERIOD_PATTERNS) if (re.test(text)) return period;
  return null;
}

/** Without a stated period: amounts under 500 are hourly rates, anything else is a yearly salary. */
export function inferPeriod(amount: number): SalaryPeriod {
  return amount < 500 ? "hour" : "year";
}

const toCents = (n: number | null): number | null => (n === null ? null : Math.round(n * 100));

/** Builds the normalized salary from structured fields in major units (e.g. 120000 USD / year). */
export function salaryFromRange(input: {
  min: number | null | undefined;
  max: number | null | undefined;
  currency: string | null | undefined;
  period?: SalaryPeriod | string | null;
  defaultCurrency?: string;
}): NormalizedSalary | null {
  let min = input.min && input.min > 0 ? input.min : null;
  let max = input.max && input.max > 0 ? input.max : null;
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  const currency = toCurrencyCode(input.currency) ?? input.defaultCurrency ?? null;
  if (!currency) return null;
  const period =
    (typeof input.period === "string" ? parsePeriod(input.period) : null) ?? inferPeriod((max ?? min) as number);
  const factor = ANNUAL_FACTOR[period];
  const minCents = toCents(min);
  const maxCents = toCents(max);
  return {
    minCents,
    maxCents,
    currency,
    period,
    annualMinCents: minCents === null ? null : minCents * factor,
    annualMaxCents: maxCents === null ? null : maxCents * factor,
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const SYMBOL_ALT = CURRENCY_SYMBOLS.filter(([s]) => !/^[a-z]+$/i.test(s) || s === "CHF")
  .map(([s]) => escapeRe(s))
  .join("|");
const CODE_ALT = CURRENCY_CODES.join("|");
// One amount: optional currency before, number, optional k/m multiplier, optional code after.
const AMOUNT = String.raw`(?:(?<pre>${SYMBOL_ALT}|\b(?:${CODE_ALT}|Rs\.?)\s?)\s*)?(?<num>\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.' \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*(?<mult>[kK](?![a-z])|[mM](?:[mM]|illion)?(?![a-z])|thousand)?(?:\s*(?<post>(?:${CODE_ALT}|zł|kr)\b|€|£))?`;
const AMOUNT_RE = new RegExp(AMOUNT, "g");
// "$157,000 per year - $174,000 per year": the period may sit between the two ends.
const RANGE_SEP =
  /^\s*(?:(?:per|a|an|\/)\s*(?:year|yr|annum|hour|hr|month|mo|week|wk|day)\s*)?(?:-|–|—|~|to|and|bis|à)\s*$/i;

interface Amount {
  value: number;
  hasMultiplier: boolean;
  currency: string | null;
  /** the currency was named by a code or an unambiguous symbol, not a bare "$" */
  explicit: boolean;
  start: number;
  end: number;
}

function parseNumber(raw: string): number {
  let s = raw.replace(/[\s\u00a0\u202f']/g, "");
  // "120.000" / "120,000" are thousands; "31,2" and "1.5" are decimals.
  // Indian grouping "12,00,000" (lakh) is still thousands-style separators.
  if (/^\d{1,2}(,\d{2})+,\d{3}$/.test(s) || /^\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, "");
  else {
    const dec = s.match(/^(\d{1,3}(?:[.,]\d{3})+)[.,](\d{1,2})$/);
    s = dec ? `${(dec[1] ?? "").replace(/[.,]/g, "")}.${dec[2]}` : s.replace(",", ".");
  }
  return Number.parseFloat(s);
}

function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const g = m.groups ?? {};
    const numRaw = g.num ?? "";
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // 401(k)/401k and years are not pay.
    if (/^40[13]$/.test(numRaw) && /[kK(]/.test(text.slice(start + (m[0].indexOf(numRaw) + 3), end + 1))) continue;
    let value = parseNumber(numRaw);
    if (!Number.isFinite(value)) continue;
    const mult = (g.mult ?? "").toLowerCase();
    if (mult === "k" || mult === "thousand") value *= 1_000;
    else if (mult.startsWith("m")) value *= 1_000_000;
    // "$1800 AUD": a code after the amount says which dollar a bare "$" was.
    const pre = (g.pre ?? "").trim();
    const post = toCurrencyCode(g.post ?? null);
    const currency = (pre === "$" ? post : null) ?? toCurrencyCode(pre) ?? post;
    out.push({
      value,
      hasMultiplier: mult !== "",
      currency,
      explicit: currency !== null && (pre !== "$" || post !== null),
      start,
      end,
    });
  }
  return out;
}

export interface ParseSalaryOptions {
  /** used when the text names no currency (e.g. a salary field of a US board) */
  defaultCurrency?: string;
  /** only accept amounts with a currency marker: for scanning whole descriptions */
  requireCurrency?: boolean;
}

/**
 * Parses a salary from free text: "$120,000–$150,000", "$170k - $200k", "€80k-€110k",
 * "up to $19/hour", "£45,000 per annum", "USD 90-110K", "$31,2k- $52k".
 * Returns null when there is no amount that reads as pay.
 */
export function parseSalaryText(
  raw: string | null | undefined,
  opts: ParseSalaryOptions = {},
): NormalizedSalary | null {
  if (!raw) return null;
  // "$150,000 â\u0080\u0093 $175,000": a mis-decoded en dash would split the range.
  const text = fixMojibake(raw);
  const amounts = findAmounts(text);
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i] as Amount;
    const b = amounts[i + 1];
    const isRange = b !== undefined && RANGE_SEP.test(text.slice(a.end, b.start));
    // "$1800 - $2200 AUD": the code on the range's end names the currency of both.
    const currency = isRange && b.explicit && !a.explicit ? b.currency : (a.currency ?? (isRange ? b.currency : null));
    if (opts.requireCurrency && !currency) continue;
    let lo = a.value;
    const hi = isRange ? b.value : null;
    // "$120-150k": the multiplier written once applies to both ends.
    if (isRange && b.hasMultiplier && !a.hasMultiplier && lo < 1000 && b.value >= 1000) lo *= 1000;
    if (lo <= 0 && (hi ?? 0) <= 0) continue;
    if (!currency && !a.hasMultiplier && !(b?.hasMultiplier && isRange) && !opts.defaultCurrency) continue;
    // Tiny bare numbers without a currency are counts ("3 years"), not pay.
    if (!currency && (hi ?? lo) < 10) continue;
    const before = text.slice(Math.max(0, a.start - 16), a.start).toLowerCase();
    const after = text.slice((isRange ? b : a).end, (isRange ? b : a).end + 40);
    let min: number | null = lo;
    let max: number | null = hi ?? lo;
    if (!isRange) {
      if (/\b(up\s*to|max(?:imum)?|bis\s*zu)\s*$/.test(before)) min = null;
      else if (/\b(from|starting\s*(?:at|from)?|min(?:imum)?|at\s*least|ab)\s*$/.test(before) || /^\s*\+/.test(after))
        max = null;
    }
    const period = parsePeriod(after) ?? parsePeriod(text) ?? inferPeriod((max ?? min) as number);
    return salaryFromRange({ min, max, currency, period, defaultCurrency: opts.defaultCurrency });
  }
  return null;
}

// A line must talk about pay, and not about money that is not pay.
const PAY_LINE =
  /\b(salary|salaries|compensation|pay|base|wage|wages|rate|ote|earn|earning|annual|hourly|per (?:hour|year|annum|month)|range|gehalt|vergütung|lohn|brutto|jahresgehalt|salaire|rémunération|salario|sueldo)\b|\/\s*(?:hr|hour|yr|year)\b/i;
const NOT_PAY_LINE =
  /\b(revenue|raised|funding|valuation|spend|budget|paid out|stipend|reimburse\w*|allowance|referral|bonus of|sign-?on|arr|gmv|aum|investment|series [a-e])\b/i;
// Above this a "salary" found in prose is almost surely another sum (currencies with small units excepted).
const MAX_PLAUSIBLE_ANNUAL: Record<string, number> = { USD: 2e6, EUR: 2e6, GBP: 2e6, CAD: 2.5e6, AUD: 2.5e6, CHF: 2e6 };

// Sentences, so "…$145,000 - $155,000/year. Total compensation may include a sign-on bonus"
// keeps its range: only the sentence holding the amount must not be about other money.
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z("'])/;

/**
 * Finds a pay range inside a long description: only currency-marked amounts on pay lines count.
 * `contextLines`: how many lines above may name the pay instead ("Salary" heading, then the range).
 */
export function findSalaryInText(text: string, defaultCurrency?: string, contextLines = 2): NormalizedSalary | null {
  const lines = text.split(/\n+/).filter((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const context = [...lines.slice(Math.max(0, i - contextLines), i), line].join(" ");
    if (!PAY_LINE.test(context)) continue;
    for (const sentence of line.split(SENTENCE_END)) {
      if (NOT_PAY_LINE.test(sentence)) continue;
      const parsed = parseSalaryText(sentence, { requireCurrency: true, defaultCurrency });
      if (!parsed) continue;
      const annual = (parsed.annualMaxCents ?? parsed.annualMinCents ?? 0) / 100;
      const cap = MAX_PLAUSIBLE_ANNUAL[parsed.currency];
      if (cap !== undefined && annual > cap) continue;
      // Ignore incidental small sums ("$50 stipend") unless quoted as an hourly/daily rate.
      if (parsed.period === "year" && annual < 10_000) continue;
      return parsed;
    }
  }
  return null;
}
