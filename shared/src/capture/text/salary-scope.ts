import type { Salary } from "../../posting.ts";

// A range stated "for U.S. roles" / "applicable across the United States" does not apply to the
// same employer's posting in Canada or India (issue 10: a Workday posting in Canada took the U.S.
// range). Only the range found in the description is checked; a board's own salary field stands.

const MONEY = /[$€£¥₹]\s?\d|(?<![\d,.])\d[\d,.]*\s?(?:USD|EUR|GBP|CAD)\b/;
// "U.S." ends in a dot: the end is "no letter follows", not a word boundary.
const US_SCOPE =
  /\b(?:U\.S\.|US-based|USA|United States|US only|in the US|across the US|US roles?|US candidates|US locations?)(?![A-Za-z])/i;

/** The countries a posting's display locations name ("Toronto, ON, CA" → "CA"); empty when unknown. */
export function locationCountries(locations: readonly string[]): string[] {
  const out = new Set<string>();
  for (const l of locations) {
    const parts = l.split(",").map((p) => p.trim());
    const last = parts[parts.length - 1] ?? "";
    if (parts.length >= 2 && /^[A-Z]{2}$/.test(last)) out.add(last);
  }
  return [...out];
}

/** True when the text around the first money figure scopes the range to the United States. */
export function rangeIsUsOnly(description: string): boolean {
  const lines = description.split(/\n+|(?<=[.!?])\s+/);
  const i = lines.findIndex((l) => MONEY.test(l));
  if (i < 0) return false;
  const around = lines.slice(Math.max(0, i - 2), i + 3).join(" ");
  return US_SCOPE.test(around);
}

/** Drops a description salary scoped to the U.S. when every known location is outside it. */
export function scopeSalary(salary: Salary | null, description: string, locations: readonly string[]): Salary | null {
  if (!salary) return null;
  const countries = locationCountries(locations);
  if (!countries.length || countries.includes("US")) return salary;
  return rangeIsUsOnly(description) ? null : salary;
}
