import { insertAudit } from "@vanta/db/queries/audit";
import { ensureProfile, type ProfileRow, type ProfileSet, updateProfile } from "@vanta/db/queries/profiles";
import { rescheduleSearches } from "@vanta/db/queries/searches";
import type { JobPreferences } from "@vanta/db/schema/profiles";
import type { ProfileUpdateInput, ProfileView } from "@vanta/shared/api/profile";
import type { ServiceCtx } from "../context.ts";
import { trySyncDailySchedule } from "../daily-search/schedule.ts";
import { matchProfileOf } from "./match-profile.ts";
import { digestCron, digestTimeOf, toProfileView } from "./view.ts";

/** The editable fields as the API names them, for the audit trail's "before". */
function snapshot(row: ProfileRow): Record<string, unknown> {
  const { resumeText: _omit, ...match } = matchProfileOf(row);
  return {
    ...match,
    headline: row.headline,
    summary: row.summary,
    digestTime: digestTimeOf(row),
    timezone: row.timezone,
    trackStage: row.preferences.trackStage ?? "prospect",
  };
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Resume-prefilled fields whose value this update changes (saving a form unchanged does not count). */
function typedByHand(before: ProfileRow, input: ProfileUpdateInput): string[] {
  const out: string[] = [];
  if (input.titles && !sameList(input.titles, before.titles)) out.push("titles");
  if (input.skills && !sameList(input.skills, before.skills)) out.push("skills");
  if (input.yearsExperience !== undefined && input.yearsExperience !== before.yearsExperience)
    out.push("yearsExperience");
  if (input.seniority && !sameList(input.seniority, before.preferences.seniority ?? [])) out.push("seniority");
  return out;
}

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));

/** Applies the fields present in the input; preferences JSON is merged, not replaced. */
export async function updateProfileFields(ctx: ServiceCtx, input: ProfileUpdateInput): Promise<ProfileView> {
  const { userId } = ctx;
  const row = await ctx.db.transaction(async (tx) => {
    const before = await ensureProfile(tx, userId);
    const set: ProfileSet = {};
    if (input.headline !== undefined) set.headline = input.headline;
    if (input.summary !== undefined) set.summary = input.summary;
    if (input.titles) set.titles = input.titles;
    if (input.skills) set.skills = input.skills;
    if (input.locations) set.locations = input.locations;
    if (input.minSalary !== undefined) set.salaryMinCents = input.minSalary === null ? null : input.minSalary * 100;
    if (input.currency) set.salaryCurrency = input.currency;
    if (input.visaNeeded !== undefined) set.visaNeeded = input.visaNeeded;
    if (input.yearsExperience !== undefined) set.yearsExperience = input.yearsExperience;
    if (input.timezone) set.timezone = input.timezone;
    if (input.digestTime) {
      const [h, m] = input.digestTime.split(":").map(Number);
      set.digestHour = h ?? 8;
      set.digestMinute = m ?? 0;
    }
    const prefs: JobPreferences = { ...before.preferences };
    if (input.remote) prefs.remote = input.remote;
    if (input.seniority) prefs.seniority = input.seniority;
    if (input.excludedCompanies) prefs.excludedCompanies = input.excludedCompanies;
    if (input.excludedKeywords) prefs.excludedKeywords = input.excludedKeywords;
    if (input.trackStage) prefs.trackStage = input.trackStage;
    // A field the user changed is theirs now: the next default resume leaves it alone.
    const typed = typedByHand(before, input);
    if (typed.length) prefs.fromResume = (prefs.fromResume ?? []).filter((f) => !typed.includes(f));
    set.preferences = prefs;

    const after = (await updateProfile(tx, userId, set)) ?? before;
    if (input.digestTime || input.timezone) await rescheduleSearches(tx, userId, digestCron(after), after.timezone);
    await insertAudit(tx, {
      userId,
      action: "profile.update",
      entityType: "profile",
      entityId: after.id,
      before: pick(snapshot(before), Object.keys(input)),
      after: input,
      requestId: ctx.requestId,
    });
    return after;
  });
  if (input.digestTime || input.timezone) await trySyncDailySchedule(ctx, { onlyWithSearches: true });
  return toProfileView(ctx.db, row);
}
