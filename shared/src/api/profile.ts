import { z } from "zod";
import { RemoteType } from "../posting.ts";
import { Seniority } from "../profile.ts";
import { TrackStage } from "./applications.ts";
import { Base64File, IsoDateTime, Uuid } from "./common.ts";

// profile.*: the onboarding wizard and the profile page.

/** True for an IANA zone the runtime knows ("Europe/Berlin", "UTC"); Intl throws RangeError otherwise. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z.string().trim().min(1).max(100).refine(isValidTimeZone, "unknown IANA time zone");
export const DigestTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM (24 h)");
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code");

const Text = (max: number) => z.string().trim().min(1).max(max);
const List = (max: number, itemMax: number) => z.array(Text(itemMax)).max(max);

export const ResumeInfo = z.object({
  id: Uuid,
  filename: z.string().nullable(),
  mimeType: z.string().nullable(),
  textLength: z.number().int(),
  uploadedAt: IsoDateTime,
});
export type ResumeInfo = z.infer<typeof ResumeInfo>;

export const ProfileView = z.object({
  headline: z.string().nullable(),
  summary: z.string().nullable(),
  titles: z.array(z.string()),
  skills: z.array(z.string()),
  locations: z.array(z.string()),
  remote: z.array(RemoteType),
  /** annual salary floor in major units of `currency` */
  minSalary: z.number().nullable(),
  currency: z.string(),
  seniority: z.array(Seniority),
  visaNeeded: z.boolean(),
  excludedCompanies: z.array(z.string()),
  excludedKeywords: z.array(z.string()),
  yearsExperience: z.number().int().nullable(),
  digestTime: DigestTime,
  timezone: z.string(),
  trackStage: TrackStage,
  onboardedAt: IsoDateTime.nullable(),
  resume: ResumeInfo.nullable(),
});
export type ProfileView = z.infer<typeof ProfileView>;

/** Every field optional: the wizard saves one step at a time. `null` clears a nullable field. */
export const ProfileUpdateInput = z
  .object({
    headline: Text(200).nullable(),
    summary: z.string().trim().max(5000).nullable(),
    titles: List(50, 200),
    skills: List(500, 100),
    locations: List(50, 200),
    remote: z.array(RemoteType).max(4),
    minSalary: z.number().int().min(0).max(100_000_000).nullable(),
    currency: CurrencyCode,
    seniority: z.array(Seniority).max(9),
    visaNeeded: z.boolean(),
    excludedCompanies: List(200, 200),
    excludedKeywords: List(200, 100),
    yearsExperience: z.number().int().min(0).max(70).nullable(),
    digestTime: DigestTime,
    timezone: TimeZone,
    trackStage: TrackStage,
  })
  .partial()
  .strict();
export type ProfileUpdateInput = z.infer<typeof ProfileUpdateInput>;

export const UploadResumeInput = Base64File;
export const UploadResumeOutput = z.object({
  resumeVersionId: Uuid,
  textLength: z.number().int(),
  /** the first few hundred characters of the extracted text, so the user can see it worked */
  preview: z.string(),
});
export type UploadResumeOutput = z.infer<typeof UploadResumeOutput>;
