import { z } from "zod";

// The fit of one posting for one user: what the side panel shows and what is stored
// in posting_enrichments.factors. Evidence lines are computed from the user's resume or
// profile text, never invented.
export const HardFilterName = z.enum([
  "location",
  "remote",
  "salary",
  "seniority",
  "visa",
  "years",
  "company",
  "keyword",
  "clearance",
]);
export type HardFilterName = z.infer<typeof HardFilterName>;

export const HardFilterResult = z.object({
  name: HardFilterName,
  passed: z.boolean(),
  reason: z.string(),
});
export type HardFilterResult = z.infer<typeof HardFilterResult>;

export const FitFactors = z.object({
  /** each 0..1 */
  semantic: z.number().min(0).max(1),
  skills: z.number().min(0).max(1),
  title: z.number().min(0).max(1),
  seniority: z.number().min(0).max(1),
  salary: z.number().min(0).max(1),
  freshness: z.number().min(0).max(1),
});
export type FitFactors = z.infer<typeof FitFactors>;

export const RequirementStatus = z.enum(["met", "partial", "missing"]);
export const RequirementMatch = z.object({
  requirement: z.string(),
  kind: z.enum(["required", "preferred"]),
  status: RequirementStatus,
  /** the resume/profile line that proves it (verbatim substring of the source), or null when missing */
  evidence: z.string().nullable(),
});
export type RequirementMatch = z.infer<typeof RequirementMatch>;

export const SalaryInfo = z.object({
  min: z.number().nullable(),
  max: z.number().nullable(),
  currency: z.string(),
  period: z.enum(["year", "month", "week", "day", "hour"]),
  /** true when estimated from similar postings rather than stated */
  estimate: z.boolean(),
  sampleSize: z.number().int().nullable(),
});
export type SalaryInfo = z.infer<typeof SalaryInfo>;

export const FitResult = z.object({
  /** 0..100 */
  score: z.number().int().min(0).max(100),
  passed: z.boolean(),
  filters: z.array(HardFilterResult),
  factors: FitFactors,
  requirements: z.array(RequirementMatch),
  improvements: z.array(z.string()),
  salary: SalaryInfo.nullable(),
  rationale: z.string(),
});
export type FitResult = z.infer<typeof FitResult>;
