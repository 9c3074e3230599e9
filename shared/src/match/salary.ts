import { ANNUAL_FACTOR } from "../normalize/salary.ts";
import type { Salary } from "../posting.ts";

// Annualized salary so postings paid by the hour, month or year compare with a yearly floor
// (normalize's full-time factors; here in major units, there in cents).

export interface AnnualSalary {
  min: number | null;
  max: number | null;
  currency: string;
}

export function annualize(s: Salary | null | undefined): AnnualSalary | null {
  if (!s || (s.min === null && s.max === null)) return null;
  const k = ANNUAL_FACTOR[s.period];
  return { min: s.min === null ? null : s.min * k, max: s.max === null ? null : s.max * k, currency: s.currency };
}

/** 0..1: 1 when the range clears the floor, lower as its top falls short; 0.5 when unknown. */
export function salaryFit(floor: number | null, currency: string, s: AnnualSalary | null): number {
  if (floor === null || floor <= 0 || !s || s.currency !== currency) return 0.5;
  const top = s.max ?? s.min!;
  const bottom = s.min ?? s.max!;
  if (bottom >= floor) return 1;
  if (top >= floor) return 0.8;
  return Math.max(0, (top / floor) ** 3);
}
