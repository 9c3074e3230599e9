import { z } from "zod";
import { HttpUrl } from "./http-url.ts";

// The captured/ingested posting. Its JSON form is a contract: `vanta extract` prints it,
// the extension sends it to the server, ingestion normalizes into it.
export const remoteTypes = ["remote", "hybrid", "onsite", "unknown"] as const;
export const RemoteType = z.enum(remoteTypes);
export type RemoteType = z.infer<typeof RemoteType>;

export const salaryPeriods = ["year", "month", "week", "day", "hour"] as const;
export const SalaryPeriod = z.enum(salaryPeriods);
export type SalaryPeriod = z.infer<typeof SalaryPeriod>;

// Stored as annual cents in a bigint: 10 billion units per period (an hourly rate × 2080 × 100)
// stays below 2^53, so the figure is exact; anything larger is a parse error, not a salary.
const SalaryAmount = z.number().nonnegative().max(10_000_000_000);

export const Salary = z
  .object({
    min: SalaryAmount.nullable(),
    max: SalaryAmount.nullable(),
    currency: z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code"),
    period: SalaryPeriod,
  })
  .refine((s) => s.min === null || s.max === null || s.min <= s.max, { message: "min must be <= max", path: ["min"] });
export type Salary = z.infer<typeof Salary>;

export const Posting = z.object({
  title: z.string().trim().min(1).max(300),
  company: z.string().trim().min(1).max(200),
  /** display strings, e.g. "San Francisco, CA, US" */
  locations: z.array(z.string().trim().min(1).max(200)).max(100),
  remote: RemoteType,
  employmentType: z.string().max(50).nullable(),
  salary: Salary.nullable(),
  /** plain text, no markup */
  description: z.string().max(200_000),
  /** ISO date (YYYY-MM-DD) or null */
  postedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/)
    .nullable(),
  /** true when the page says the posting no longer accepts applications */
  closed: z.boolean(),
  /** board name: linkedin | indeed | greenhouse | lever | ashby | workday | smartrecruiters | wellfound | builtin | jsonld | … */
  source: z.string().min(1).max(50),
  sourceId: z.string().max(200).nullable(),
  /** canonical URL */
  url: HttpUrl,
});
export type Posting = z.infer<typeof Posting>;
