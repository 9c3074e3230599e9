import { z } from "zod";
import { RemoteType } from "./posting.ts";

export const seniorities = [
  "intern",
  "junior",
  "mid",
  "senior",
  "staff",
  "principal",
  "manager",
  "director",
  "executive",
] as const;
export const Seniority = z.enum(seniorities);
export type Seniority = z.infer<typeof Seniority>;

/** What matching needs to know about a user (from the profile + preferences + resume text). */
export const MatchProfile = z.object({
  resumeText: z.string().max(200_000).default(""),
  titles: z.array(z.string().min(1).max(200)).max(50).default([]),
  skills: z.array(z.string().min(1).max(100)).max(500).default([]),
  locations: z.array(z.string().min(1).max(200)).max(50).default([]),
  remote: z.array(RemoteType).max(4).default([]),
  /** annual, in major units of `currency` */
  minSalary: z.number().nonnegative().nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default("USD"),
  seniority: z.array(Seniority).max(9).default([]),
  visaNeeded: z.boolean().default(false),
  excludedCompanies: z.array(z.string().min(1).max(200)).max(200).default([]),
  excludedKeywords: z.array(z.string().min(1).max(100)).max(200).default([]),
  yearsExperience: z.number().min(0).max(70).nullable().default(null),
});
export type MatchProfile = z.infer<typeof MatchProfile>;
export type MatchProfileInput = z.input<typeof MatchProfile>;
