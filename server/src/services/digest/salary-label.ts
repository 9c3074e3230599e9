import type { SalaryInfo } from "@vanta/shared/fit";

// "€70,000–€85,000 / year" for a stated salary, "est. $120,000–$150,000 / year" for an estimate: the
// label says which it is, so an estimate is never read as the employer's figure.

function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${Math.round(amount).toLocaleString("en-US")} ${currency}`; // not an ISO 4217 code
  }
}

export function salaryLabel(s: Pick<SalaryInfo, "min" | "max" | "currency" | "period" | "estimate">): string | null {
  const { min, max, currency } = s;
  let range: string;
  if (min !== null && max !== null && min !== max) range = `${money(min, currency)}–${money(max, currency)}`;
  else if (min !== null || max !== null) range = money((min ?? max) as number, currency);
  else return null;
  return `${s.estimate ? "est. " : ""}${range} / ${s.period}`;
}
