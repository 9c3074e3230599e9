import { ensureProfile, type ProfileRow } from "@vanta/db/queries/profiles";
import type { DigestSettingsView } from "@vanta/shared/api/digest-settings";
import { nextRun } from "../../ports/scheduler/next-run.ts";
import { nowOf, type ServiceCtx } from "../context.ts";
import { digestCron, digestTimeOf } from "../profile/view.ts";

/** The next `n` runs of the user's digest schedule after `from` (the same cron the scheduler is given). */
export function nextDigestRuns(row: ProfileRow, from: Date, n = 3): Date[] {
  const runs: Date[] = [];
  let at = from;
  for (let i = 0; i < n; i++) {
    const next = nextRun(digestCron(row), row.timezone, at);
    if (!next) break;
    runs.push(next);
    at = next;
  }
  return runs;
}

export function toDigestSettings(row: ProfileRow, now: Date): DigestSettingsView {
  const snoozeMs = row.preferences.digestSnoozedUntil ? Date.parse(row.preferences.digestSnoozedUntil) : Number.NaN;
  const snoozed = snoozeMs > now.getTime();
  // A run exactly at the snooze's end is not skipped (send.ts compares snoozedUntil > now).
  const from = snoozed ? new Date(snoozeMs - 1) : now;
  return {
    emailOn: row.preferences.digestEmail !== false,
    snoozedUntil: snoozed ? new Date(snoozeMs).toISOString() : null,
    digestTime: digestTimeOf(row),
    timezone: row.timezone,
    nextRuns: nextDigestRuns(row, from).map((d) => d.toISOString()),
  };
}

export async function getDigestSettings(ctx: ServiceCtx): Promise<DigestSettingsView> {
  return toDigestSettings(await ensureProfile(ctx.db, ctx.userId), nowOf(ctx));
}
