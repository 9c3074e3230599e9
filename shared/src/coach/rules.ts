import { z } from "zod";

/** The user's coach settings (profile preferences); every threshold in days. */
export const CoachSettings = z.object({
  followUpDays: z.number().int().min(1).max(90).default(7),
  staleProspectDays: z.number().int().min(1).max(180).default(14),
  /** how many days before an interview the prep task is due */
  prepDaysBefore: z.number().int().min(0).max(30).default(1),
});
export type CoachSettings = z.infer<typeof CoachSettings>;
export const defaultCoachSettings: CoachSettings = CoachSettings.parse({});

export type CoachRule = "follow_up" | "prep" | "decide" | "apply_or_archive";

/** What the rules read about one application; dates are local calendar days (YYYY-MM-DD). */
export interface CoachApplication {
  id: string;
  company: string;
  role: string;
  stage: "prospect" | "applied" | "screen" | "interview" | "offer" | "outcome";
  /** the day of the application's latest event (any kind: stage change, note, email, …) */
  lastEventDay: string;
  /** the day it entered its current stage */
  stageDay: string;
  /** the next interview/screen date the user entered, if any, on or after today */
  nextEventDay: string | null;
}

export interface CoachTaskDraft {
  /** stable per rule, application and anchor date: the same situation never makes a second task */
  key: string;
  rule: CoachRule;
  applicationId: string;
  title: string;
  dueDay: string;
  priority: 1 | 2 | 3;
}

/** Days from a to b (both YYYY-MM-DD), counted on the calendar so time zones never shift a day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The coach's rules on the pipeline (seed §3.5): Applied and silent for `followUpDays` → follow up today;
 * Screen/Interview with a date the user entered → prepare before it; Offer → decide; Prospect untouched for
 * `staleProspectDays` → apply or archive. Only facts from the application: no invented dates or people.
 */
export function coachTasks(apps: CoachApplication[], today: string, settings: CoachSettings): CoachTaskDraft[] {
  const out: CoachTaskDraft[] = [];
  for (const a of apps) {
    const silentFor = daysBetween(a.lastEventDay, today);
    if (a.stage === "applied" && silentFor >= settings.followUpDays) {
      out.push({
        key: `follow_up:${a.id}:${a.lastEventDay}`,
        rule: "follow_up",
        applicationId: a.id,
        title: `Follow up with ${a.company}`,
        dueDay: today,
        priority: 1,
      });
    }
    if ((a.stage === "screen" || a.stage === "interview") && a.nextEventDay && a.nextEventDay >= today) {
      const due = addDays(a.nextEventDay, -settings.prepDaysBefore);
      out.push({
        key: `prep:${a.id}:${a.nextEventDay}`,
        rule: "prep",
        applicationId: a.id,
        title: `Prepare for the ${a.stage === "screen" ? "screen" : "interview"} with ${a.company} on ${a.nextEventDay}`,
        dueDay: due < today ? today : due,
        priority: 1,
      });
    }
    if (a.stage === "offer") {
      out.push({
        key: `decide:${a.id}:${a.stageDay}`,
        rule: "decide",
        applicationId: a.id,
        title: `Decide on the ${a.company} offer`,
        dueDay: today,
        priority: 1,
      });
    }
    if (a.stage === "prospect" && silentFor >= settings.staleProspectDays) {
      out.push({
        key: `apply_or_archive:${a.id}:${a.lastEventDay}`,
        rule: "apply_or_archive",
        applicationId: a.id,
        title: `Apply to ${a.role} at ${a.company}, or archive it`,
        dueDay: today,
        priority: 3,
      });
    }
  }
  return out;
}
