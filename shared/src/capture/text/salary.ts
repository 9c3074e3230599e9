import {
  findSalaryInText as findNormalizedSalary,
  type NormalizedSalary,
  parseSalaryText as parseNormalizedSalary,
  parsePeriod,
} from "../../normalize/salary.ts";
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
  const { min, max } = fromCents(n);
  const period = parsePeriod(t) ?? opts.defaultPeriod ?? guessPeriod(max ?? min ?? 0);
  return { min, max, currency: n.currency, period };
}

function fromCents(n: NormalizedSalary): { min: number | null; max: number | null; currency: string } {
  return {
    min: n.minCents === null ? null : n.minCents / 100,
    max: n.maxCents === null ? null : n.maxCents / 100,
    currency: n.currency,
  };
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

/** Finds a salary stated inside free description text: normalize's finder, in major units. */
export function findSalaryInText(text: string, opts: SalaryParseOptions = {}): Salary | null {
  const n = findNormalizedSalary(text, opts.defaultCurrency);
  return n ? { ...fromCents(n), period: n.period } : null;
}
