import { z } from "zod";
import { IsoDateTime, Uuid } from "./common.ts";
import { DigestTime, TimeZone } from "./profile.ts";

// digestSettings.*: the options page's digest card (resubscribe, snooze until a date, time + zone) and
// events.applyClick (the user opened a posting's apply link).

/** A calendar day, YYYY-MM-DD (a real date). */
export const LocalDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "not a date",
  );

export const DigestSettingsView = z.object({
  /** false after an unsubscribe: digests stay in-app only */
  emailOn: z.boolean(),
  /** no digest (email or in-app) before this instant; null when not snoozed (or the snooze is over) */
  snoozedUntil: IsoDateTime.nullable(),
  digestTime: DigestTime,
  timezone: z.string(),
  /** the next three digest runs of this schedule (after the snooze, if any), as instants */
  nextRuns: z.array(IsoDateTime),
});
export type DigestSettingsView = z.infer<typeof DigestSettingsView>;

/** Every field optional; `snoozeUntil: null` ends a snooze, a day snoozes until that day starts in the user's zone. */
export const DigestSettingsUpdateInput = z
  .object({
    emailOn: z.boolean(),
    snoozeUntil: LocalDay.nullable(),
    digestTime: DigestTime,
    timezone: TimeZone,
  })
  .partial()
  .strict();
export type DigestSettingsUpdateInput = z.infer<typeof DigestSettingsUpdateInput>;

export const ApplySurface = z.enum(["sidepanel", "feed", "card", "digest"]);

export const ApplyClickInput = z.object({
  postingId: Uuid,
  /** where the user clicked Apply */
  surface: ApplySurface,
});
export type ApplyClickInput = z.infer<typeof ApplyClickInput>;
