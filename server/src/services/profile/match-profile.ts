import type { ProfileRow } from "@vanta/db/queries/profiles";
import { RemoteType } from "@vanta/shared/posting";
import { type MatchProfile, Seniority } from "@vanta/shared/profile";

/** The profiles row (+ its resume text) as the MatchProfile that scoring reads. */
export function matchProfileOf(row: ProfileRow | null): MatchProfile {
  const prefs = row?.preferences ?? {};
  return {
    resumeText: row?.resumeText ?? "",
    titles: row?.titles ?? [],
    skills: row?.skills ?? [],
    locations: row?.locations ?? [],
    remote: (prefs.remote ?? []).filter((r) => RemoteType.safeParse(r).success),
    minSalary: row?.salaryMinCents != null ? row.salaryMinCents / 100 : null,
    currency: row?.salaryCurrency ?? "USD",
    seniority: (prefs.seniority ?? []).flatMap((s) => {
      const parsed = Seniority.safeParse(s);
      return parsed.success ? [parsed.data] : [];
    }),
    visaNeeded: row?.visaNeeded ?? false,
    excludedCompanies: prefs.excludedCompanies ?? [],
    excludedKeywords: prefs.excludedKeywords ?? [],
    yearsExperience: row?.yearsExperience ?? null,
  };
}
