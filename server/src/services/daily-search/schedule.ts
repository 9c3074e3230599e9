import type { Executor } from "@vanta/db";
import { setSearchSchedule, usersWithEnabledSearches } from "@vanta/db/queries/daily-search";
import { findProfile } from "@vanta/db/queries/profiles";
import { listSearches } from "@vanta/db/queries/searches";
import type { Logger } from "../../log.ts";
import { nextRun } from "../../ports/scheduler/next-run.ts";
import type { SchedulerPort } from "../../ports/scheduler/types.ts";
import { digestCron } from "../profile/view.ts";

// One schedule per user: their saved searches all run together, daily at the digest time in their
// IANA zone. QStash keeps schedules itself; the in-process scheduler is re-armed at start.

export const DAILY_SEARCH_PATH = "/jobs/daily-search";
export const scheduleIdOf = (userId: string) => `daily-search-${userId}`;

export type ScheduleState =
  | { scheduled: true; id: string; cron: string; timezone: string; nextRunAt: string | null }
  | { scheduled: false; id: string };

/** Upserts the user's schedule when an enabled saved search exists, deletes it otherwise. */
export async function syncDailySchedule(
  db: Executor,
  scheduler: SchedulerPort,
  userId: string,
  now: Date,
): Promise<ScheduleState> {
  const id = scheduleIdOf(userId);
  const enabled = (await listSearches(db, userId)).filter((s) => s.enabled);
  const profile = await findProfile(db, userId);
  if (enabled.length === 0 || !profile) {
    await scheduler.deleteSchedule(id);
    await setSearchSchedule(db, userId, null, null);
    return { scheduled: false, id };
  }
  const cron = digestCron(profile);
  const timezone = profile.timezone;
  await scheduler.upsertSchedule({ id, cron, timezone, destinationPath: DAILY_SEARCH_PATH, body: { userId } });
  const next = nextRun(cron, timezone, now);
  await setSearchSchedule(db, userId, id, next);
  return { scheduled: true, id, cron, timezone, nextRunAt: next?.toISOString() ?? null };
}

/**
 * For the services behind searches.* and profile.update: a scheduler outage must not undo the
 * user's saved change, so a failure is logged (the next change or restart re-syncs).
 */
export async function trySyncDailySchedule(
  ctx: {
    db: Executor;
    userId: string;
    log: Logger;
    scheduler?: SchedulerPort;
    now?: () => Date;
  },
  opts: { onlyWithSearches?: boolean } = {},
): Promise<void> {
  if (!ctx.scheduler) return;
  try {
    // A profile change of a user without saved searches has no schedule to move (nor to delete).
    if (opts.onlyWithSearches && (await listSearches(ctx.db, ctx.userId)).length === 0) return;
    await syncDailySchedule(ctx.db, ctx.scheduler, ctx.userId, ctx.now ? ctx.now() : new Date());
  } catch (err) {
    ctx.log.error("daily search schedule sync failed", { userId: ctx.userId, err });
  }
}

/** At start, for the in-process scheduler (its timers die with the process). */
export async function registerAllDailySchedules(
  db: Executor,
  scheduler: SchedulerPort,
  log: Logger,
  now: Date,
): Promise<number> {
  let n = 0;
  for (const userId of await usersWithEnabledSearches(db)) {
    try {
      if ((await syncDailySchedule(db, scheduler, userId, now)).scheduled) n++;
    } catch (err) {
      log.error("daily search schedule registration failed", { userId, err });
    }
  }
  return n;
}
