import type { Salary, SalaryPeriod } from "../../posting.ts";

// Parses salary text as job pages show it: "$120,000 - $150,000 a year", "$50–60/hr",
// "€70k–90k", "120K-150K USD", "$200,000/yr - $300,000/yr", "Up to £45,000 per annum".
// Returns null when no amount or no currency can be found (no guessing of currency
// unless the caller passes the board's default).

const SYMBOLS: [RegExp, string][] = [
  [/(?:CA|C)\$/i, "CAD"],
  [/(?:AU|A)\$/i, "AUD"],
  [/NZ\$/i, "NZD"],
  [/S\$/i, "SGD"],
  [/HK\$/i, "HKD"],
  [/R\$/i, "BRL"],
  [/US\$/i, "USD"],
  [/\$/, "USD"],
  [/€/, "EUR"],
  [/£/, "GBP"],
  [/₹|\bRs\.?(?=\s?\d)/, "INR"],
  [/¥|円/, "JPY"],
  [/₩/, "KRW"],
  [/₪/, "ILS"],
  [/zł/i, "PLN"],
  [/CHF/, "CHF"],
];
const CODES =
  /\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|INR|JPY|SGD|HKD|SEK|NOK|DKK|PLN|BRL|MXN|ILS|ZAR|CNY|KRW|AED|CZK|HUF|RON|EGP|TRY|PHP|IDR|MYR|THB|VND|ARS|CLP|COP|NGN|KES|PKR)\b/;

const PERIODS: [RegExp, SalaryPeriod][] = [
  [/\b(per\s+|an?\s+|\/\s*)?(hour|hr|hourly)\b|\/\s?h\b/i, "hour"],
  [/\b(per\s+|a\s+|\/\s*)?(day|daily)\b/i, "day"],
  [/\b(per\s+|a\s+|\/\s*)?(week|wk|weekly)\b/i, "week"],
  [/\b(per\s+|a\s+|\/\s*)?(month|mo|monthly|mth)\b/i, "month"],
  [/\b(per\s+|a\s+|\/\s*)?(year|yr|annum|annual|annually|yearly|p\.?a)\b/i, "year"],
];

// An amount: digits with , or . or space grouping, optional decimals, optional k/m suffix.
const AMOUNT = /(\d{1,3}(?:[,.\s\u00a0\u202f]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*([kKmM])?(?![\d])/g;

export interface SalaryParseOptions {
  /** currency to assume when the text shows none (e.g. the board's home market) */
  defaultCurrency?: string;
  /** period to assume when the text shows none */
  defaultPeriod?: SalaryPeriod;
}

export function detectCurrency(text: string): string | null {
  const code = CODES.exec(text);
  if (code) return code[1] ?? null;
  for (const [re, cur] of SYMBOLS) if (re.test(text)) return cur;
  return null;
}

export function detectPeriod(text: string): SalaryPeriod | null {
  for (const [re, p] of PERIODS) if (re.test(text)) return p;
  return null;
}

function toNumber(intPart: string, dec: string | undefined, suffix: string | undefined): number {
  let n = Number(intPart.replace(/[,.\s\u00a0\u202f]/g, ""));
  if (dec) n += Number(`0.${dec}`);
  if (suffix === "k" || suffix === "K") n *= 1000;
  if (suffix === "m" || suffix === "M") n *= 1_000_000;
  return n;
}

export function parseSalaryText(text: string | null | undefined, opts: SalaryParseOptions = {}): Salary | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, " ").trim();
  const amounts: { value: number; suffix?: string; index: number }[] = [];
  for (const m of t.matchAll(AMOUNT)) {
    const raw = m[1] ?? "";
    // Skip years, zip codes and counts that are not money ("401(k)", "2025").
    const value = toNumber(raw, m[2], m[3]);
    if (!Number.isFinite(value) || value <= 0) continue;
    const before = t.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    if (/^(19|20)\d{2}$/.test(raw) && !m[3] && !/[$€£₹¥]/.test(before)) continue;
    amounts.push({ value, suffix: m[3], index: m.index ?? 0 });
    if (amounts.length === 2) break;
  }
  if (amounts.length === 0) return null;
  // "€70k–90k" / "120K-150K": a suffix on the second number applies to the first too.
  const [a, b] = amounts;
  if (a && b && !a.suffix && b.suffix && a.value < 1000) a.value *= b.suffix.toLowerCase() === "k" ? 1000 : 1_000_000;
  const currency = detectCurrency(t) ?? opts.defaultCurrency ?? null;
  if (!currency) return null;
  const values = amounts.map((x) => x.value);
  let min: number | null = Math.min(...values);
  let max: number | null = values.length > 1 ? Math.max(...values) : min;
  if (values.length === 1) {
    if (/\b(up to|max(imum)?|to)\b/i.test(t.slice(0, amounts[0]!.index))) min = null;
    else if (/\b(from|starting|min(imum)?|at least)\b/i.test(t.slice(0, amounts[0]!.index))) max = null;
  }
  const period = detectPeriod(t) ?? opts.defaultPeriod ?? guessPeriod(max ?? min ?? 0);
  return { min, max, currency, period };
}

/** Without a period word: amounts ≥ 10,000 are yearly, < 300 hourly, in between monthly. */
function guessPeriod(n: number): SalaryPeriod {
  if (n >= 10_000) return "year";
  if (n < 300) return "hour";
  return "month";
}

const CONTEXT = /(salary|compensation|pay range|pay:|base pay|hourly rate|wage|\bOTE\b|range for this|annual)/i;
const MONEY_RANGE =
  /(?:[$€£₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b)\s?\d[\d,.]*\s*[kK]?(?:\s*(?:[-–—]|to)\s*(?:[$€£₹]|\b(?:USD|EUR|GBP|CAD|AUD|CHF)\b)?\s?\d[\d,.]*\s*[kK]?)?(?:\s*(?:USD|EUR|GBP|CAD|AUD|CHF)\b)?(?:\s*(?:\/|per|an?)\s*(?:hour|hr|year|yr|annum|month|week|day))?/g;

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
        if (!detectPeriod(m[0]) && /\bhour|hourly\b/i.test(line)) return { ...s, period: "hour" };
        return s;
      }
    }
  }
  return null;
}
