import type { Executor } from "@vanta/db";
import { findCurrentResume, type ProfileRow } from "@vanta/db/queries/profiles";
import type { ProfileView } from "@vanta/shared/api/profile";
import { matchProfileOf } from "./match-profile.ts";

const pad = (n: number) => String(n).padStart(2, "0");
export const digestTimeOf = (row: Pick<ProfileRow, "digestHour" | "digestMinute">) =>
  `${pad(row.digestHour)}:${pad(row.digestMinute)}`;

/** Daily cron ("M H * * *") at the user's digest time; the zone travels separately. */
export const digestCron = (row: Pick<ProfileRow, "digestHour" | "digestMinute">) =>
  `${row.digestMinute} ${row.digestHour} * * *`;

export async function toProfileView(db: Executor, row: ProfileRow): Promise<ProfileView> {
  const m = matchProfileOf(row);
  const resume = await findCurrentResume(db, row.userId);
  return {
    headline: row.headline,
    summary: row.summary,
    titles: m.titles,
    skills: m.skills,
    locations: m.locations,
    remote: m.remote,
    minSalary: m.minSalary,
    currency: m.currency,
    seniority: m.seniority,
    visaNeeded: m.visaNeeded,
    excludedCompanies: m.excludedCompanies,
    excludedKeywords: m.excludedKeywords,
    yearsExperience: row.yearsExperience,
    digestTime: digestTimeOf(row),
    timezone: row.timezone,
    trackStage: row.preferences.trackStage ?? "prospect",
    onboardedAt: row.onboardedAt ? row.onboardedAt.toISOString() : null,
    resume: resume
      ? {
          id: resume.id,
          filename: resume.filename,
          mimeType: resume.mimeType,
          textLength: resume.textLength,
          uploadedAt: resume.createdAt.toISOString(),
        }
      : null,
  };
}
