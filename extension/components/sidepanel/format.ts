import type { SalaryInfo } from "@vanta/shared/fit";
import type { Salary } from "@vanta/shared/posting";

const periodLabel = { year: "/yr", month: "/mo", week: "/wk", day: "/day", hour: "/hr" } as const;

function money(n: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency, maximumFractionDigits: 0 }).format(n);
  } catch {
    return `${currency} ${Math.round(n)}`;
  }
}

/** "$150,000 – $180,000 /yr"; null when neither end is known. */
export function formatSalary(s: Salary | SalaryInfo | null): string | null {
  if (!s || (s.min === null && s.max === null)) return null;
  const range =
    s.min !== null && s.max !== null && s.min !== s.max
      ? `${money(s.min, s.currency)} – ${money(s.max, s.currency)}`
      : money((s.min ?? s.max)!, s.currency);
  return `${range} ${periodLabel[s.period]}`;
}
