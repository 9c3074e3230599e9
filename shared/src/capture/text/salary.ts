import { parseSalaryText as parseNormalizedSalary, parsePeriod } from "../../normalize/salary.ts";
import type { Salary, SalaryPeriod } from "../../posting.ts";

// Salary as job pages show it ("$120,000 - $150,000 a year", "$50–60/hr", "€70k–90k") for the
// Posting contract: major units and the quoted period. Amounts, currency and period are read by
// normalize/salary.ts (one parser; ingest uses it in cents, annualized). Null without an amount
// or a currency, unless the caller passes the board's default currency.

export interface SalaryParseOptions {
  /** currency to assume when the text shows none (e.g. the board's home market) */
  defaultCurrency?: string;
  /** period to assume when the text shows none */
  defaultPeriod?: SalaryPeriod;
}

/**
 * The posting's display salary (major units) from normalize's parser, which also serves ingest
 * (there in cents, annualized). Capture's own part: the period guess when the page names none.
 */
export function parseSalaryText(text: string | null | undefined, opts: SalaryParseOptions = {}): Salary | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, " ").trim();
  const n = parseNormalizedSalary(t, { defaultCurrency: opts.defaultCurrency });
  if (!n) return null;
  const min = n.minCents === null ? null : n.minCents / 100;
  const max = n.maxCents === null ? null : n.maxCents / 100;
  const period = parsePeriod(t) ?? opts.defaultPeriod ?? guessPeriod(max ?? min ?? 0);
  return { min, max, currency: n.currency, period };
}

/**
 * Without a period word: amounts ≥ 10,000 are yearly, < 300 hourly, in between monthly. Differs
 * from normalize's inferPeriod (≥ 500 yearly) because page badges show monthly pay bare.
 */
function guessPeriod(n: number): SalaryPeriod {
  if (n >= 10_000) return "year";
  if (n < 300) return "hour";
  return "month";
}

const CONTEXT = /(salary|compensation|pay range|pay:|base pay|hourly rate|wage|\bOTE\b|range for this|annual)/i;
const MONEY_RANGE =
  /(?:[$€£₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b)\s?\d[\d,.]*\s*[kK]?(?:\s*(?:[-–—]|to)\s*(?:[$€£₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b)?\s?\d[\d,.]*\s*[kK]?)?(?:\s*(?:USD|EUR|GBP|CAD|AUD|CHF)\b)?(?:\s*(?:\/|per|an?)\s*(?:hour|hr|year|yr|annum|month|week|day))?/g;

// Kept apart from normalize's findSalaryInText: a captured page puts the pay line under a
// heading ("salary ranges … below"), so the two lines above count as context here.
/**
 * Finds a salary stated inside free description text. Conservative: only a money amount
 * on a line that also talks about pay, so "$5B in funding" is not taken for a salary.
 */
export function findSalaryInText(text: string, opts: SalaryParseOptions = {}): Salary | null {
  const lines = text.split("\n").filter((l) => l.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    // The pay line often sits under a heading or sentence that names it ("salary ranges … below").
    const context = `${lines[i - 2] ?? ""} ${lines[i - 1] ?? ""} ${line}`;
    if (!CONTEXT.test(context)) continue;
    for (const m of line.matchAll(MONEY_RANGE)) {
      const s = parseSalaryText(m[0], opts);
      // A range or a clearly salary-sized single amount.
      if (s && (s.min ?? 0) >= 7 && (s.min !== s.max || /salary|rate|pay/i.test(context))) {
        if (!parsePeriod(m[0]) && /\bhour|hourly\b/i.test(line)) return { ...s, period: "hour" };
        return s;
      }
    }
  }
  return null;
}
