import type { Executor } from "@vanta/db";
import { ensureProfile, type ProfileSet, updateProfile } from "@vanta/db/queries/profiles";
import type { ResumeVersionRow } from "@vanta/db/queries/resume-versions";
import { type Seniority, seniorities } from "@vanta/shared/profile";
import { deriveProfileFacts } from "@vanta/shared/resume/derive";
import { JsonResume } from "@vanta/shared/resume/schema";

/** Profile fields a confirmed resume pre-fills; preferences.fromResume lists those still holding its values. */
export const PREFILLED = ["titles", "skills", "yearsExperience", "seniority"] as const;
export type PrefilledField = (typeof PREFILLED)[number];

const bounded = (list: string[], max: number, itemMax: number) =>
  [...new Set(list.map((s) => s.trim()).filter((s) => s && s.length <= itemMax))].slice(0, max);

function senioritiesOf(value: unknown): Seniority[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.filter((s): s is Seniority => (seniorities as readonly unknown[]).includes(s));
}

/**
 * The default resume changed (saved, picked, deleted): matching reads its text, and the profile's titles,
 * skills, years and seniority follow it, except where the user typed their own (a field is refilled only when
 * it is empty or still holds what a resume put there).
 */
export async function applyDefaultResume(db: Executor, userId: string, row: ResumeVersionRow | null): Promise<void> {
  const profile = await ensureProfile(db, userId);
  const set: ProfileSet = { resumeText: row?.text ?? "" };
  const parsed = row?.content ? JsonResume.safeParse(row.content) : null;
  if (parsed?.success) {
    const facts = deriveProfileFacts(parsed.data);
    const fromResume = new Set(profile.preferences.fromResume ?? []);
    const prefs = { ...profile.preferences };
    const free = (field: PrefilledField, empty: boolean) => empty || fromResume.has(field);
    const titles = bounded(facts.titles ?? [], 50, 200);
    if (titles.length && free("titles", profile.titles.length === 0)) {
      set.titles = titles;
      fromResume.add("titles");
    }
    const skills = bounded(facts.skills ?? [], 500, 100);
    if (skills.length && free("skills", profile.skills.length === 0)) {
      set.skills = skills;
      fromResume.add("skills");
    }
    const years = facts.yearsExperience;
    if (
      typeof years === "number" &&
      Number.isFinite(years) &&
      free("yearsExperience", profile.yearsExperience === null)
    ) {
      set.yearsExperience = Math.min(70, Math.max(0, Math.floor(years)));
      fromResume.add("yearsExperience");
    }
    const seniority = senioritiesOf(facts.seniority);
    if (seniority.length && free("seniority", (prefs.seniority ?? []).length === 0)) {
      prefs.seniority = seniority;
      fromResume.add("seniority");
    }
    prefs.fromResume = [...fromResume];
    set.preferences = prefs;
  }
  await updateProfile(db, userId, set);
}
