import { mergeDigestPreferences } from "@vanta/db/queries/digest";
import { clearDigestSnooze } from "@vanta/db/queries/digest-settings";
import { ensureProfile } from "@vanta/db/queries/profiles";
import type { DigestSettingsUpdateInput, DigestSettingsView } from "@vanta/shared/api/digest-settings";
import { instantOfLocalDay } from "../coach/local-day.ts";
import { nowOf, type ServiceCtx } from "../context.ts";
import { InvalidInputError } from "../domain-errors.ts";
import { updateProfileFields } from "../profile/update.ts";
import { getDigestSettings } from "./view.ts";

const MAX_SNOOZE_DAYS = 365;

/**
 * Digest settings in one call. Time and zone go through the profile update (it reschedules the
 * user's daily run); resubscribe and snooze are merged into preferences like the email links do.
 */
export async function updateDigestSettings(
  ctx: ServiceCtx,
  input: DigestSettingsUpdateInput,
): Promise<DigestSettingsView> {
  const schedule = {
    ...(input.digestTime !== undefined && { digestTime: input.digestTime }),
    ...(input.timezone !== undefined && { timezone: input.timezone }),
  };
  if (Object.keys(schedule).length) await updateProfileFields(ctx, schedule);
  const profile = await ensureProfile(ctx.db, ctx.userId);
  if (input.emailOn !== undefined) await mergeDigestPreferences(ctx.db, ctx.userId, { digestEmail: input.emailOn });
  if (input.snoozeUntil === null) await clearDigestSnooze(ctx.db, ctx.userId);
  else if (input.snoozeUntil !== undefined) {
    // The snooze ends when that day starts in the user's zone: its digest arrives as usual.
    const until = instantOfLocalDay(profile.timezone, input.snoozeUntil, 0);
    const now = nowOf(ctx).getTime();
    if (until.getTime() <= now) throw new InvalidInputError("pick a day after today", "snoozeUntil");
    if (until.getTime() - now > MAX_SNOOZE_DAYS * 86_400_000)
      throw new InvalidInputError(`at most ${MAX_SNOOZE_DAYS} days ahead`, "snoozeUntil");
    await mergeDigestPreferences(ctx.db, ctx.userId, { digestSnoozedUntil: until.toISOString() });
  }
  return getDigestSettings(ctx);
}
