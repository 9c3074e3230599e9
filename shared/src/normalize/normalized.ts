import { z } from "zod";
import { HttpUrl } from "../http-url.ts";
import { Posting, SalaryPeriod } from "../posting.ts";
import { Clearance } from "./clearance.ts";
import { EducationLevel } from "./education.ts";
import { ParsedLocation } from "./location.ts";
import { VisaSponsorship } from "./visa.ts";

const cents = z.number().int().nonnegative().nullable();

export const NormalizedSalary = z
  .object({
    minCents: cents,
    maxCents: cents,
    currency: z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code"),
    /** the period the posting quoted */
    period: SalaryPeriod,
    annualMinCents: cents,
    annualMaxCents: cents,
  })
  .refine((s) => s.minCents === null || s.maxCents === null || s.minCents <= s.maxCents, {
    message: "minCents must be <= maxCents",
    path: ["minCents"],
  });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

/**
 * A posting after ingestion normalization: the `Posting` contract plus fields parsed out of it,
 * so ranking, hard filters (visa, years, clearance, location, salary floor) and dedup
 * work on structured values.
 */
export const NormalizedPosting = Posting.extend({
  description: z.string().min(1, "empty description").max(200_000),
  /** canonical URL of the application form, when the feed gives one separate from `url` */
  applyUrl: HttpUrl.nullable(),
  department: z.string().max(200).nullable(),
  /** feed-supplied tags/categories */
  tags: z.array(z.string().max(100)).max(100),
  /** seniority from the title classifier; null when it was not run */
  seniority: z.string().max(50).nullable(),
  /** job family ("software_engineering", "data", …) from the title classifier */
  family: z.string().max(80).nullable(),
  skills: z.array(z.string().max(100)).max(300),
  compensation: NormalizedSalary.nullable(),
  parsedLocations: z.array(ParsedLocation).max(100),
  yearsExperience: z.object({ min: z.number().nonnegative(), max: z.number().nonnegative().nullable() }).nullable(),
  visaSponsorship: VisaSponsorship,
  clearance: Clearance,
  education: EducationLevel.nullable(),
  validThrough: isoDate,
});
export type NormalizedPosting = z.infer<typeof NormalizedPosting>;
