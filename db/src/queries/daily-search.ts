import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { userEvents } from "../schema/observability.ts";
import { searchPrefs } from "../schema/searches.ts";

// Queries of the per-user daily search run: its once-a-day claim (a user_events "search_run"
// with props.kind = "daily_search" and the user's local day) and the schedule columns of search_prefs.

export type DailyRunEvent = { id: string; props: Record<string, unknown> };

const dailyRunOf = (userId: string, localDay: string) =>
  and(
    eq(userEvents.userId, userId),
    eq(userEvents.type, "search_run"),
    sql`${userEvents.props} ->> 'kind' = 'daily_search'`,
    sql`${userEvents.props} ->> 'localDay' = ${localDay}`,
  );

export async function findDailyRun(db: Executor, userId: string, localDay: string): Promise<DailyRunEvent | null> {
  const rows = await db
    .select({ id: userEvents.id, props: userEvents.props })
    .from(userEvents)
    .where(dailyRunOf(userId, localDay))
    .limit(1);
  return rows[0] ?? null;
}

/** A run still "running" after this long died with its process (runs take seconds to a few minutes). */
export const STALE_RUN_MS = 15 * 60_000;

/**
 * Whether an earlier claim of the day may be taken over: it failed, or it has been "running" for longer
 * than STALE_RUN_MS (the process died mid-run). A finished run (ok/partial/unreachable) never is.
 */
export function isReclaimable(props: Record<string, unknown>, now: Date): boolean {
  if (props.status === "failed") return true;
  if (props.status !== "running") return false;
  const started = typeof props.startedAt === "string" ? Date.parse(props.startedAt) : Number.NaN;
  return !Number.isFinite(started) || now.getTime() - started > STALE_RUN_MS;
}

/**
 * Records the run for (user, local day) unless one exists, atomically: a transaction-scoped advisory
 * lock on the pair serializes two deliveries arriving together. A failed or stale claim is taken over
 * (same row, attempts + 1) so a scheduler retry runs the day again. Returns null when already claimed.
 */
export async function claimDailyRun(
  db: Executor,
  values: { userId: string; localDay: string; occurredAt: Date; props: Record<string, unknown> },
  now: Date = new Date(),
): Promise<{ id: string } | null> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`daily_search:${values.userId}:${values.localDay}`}))`,
    );
    const existing = await findDailyRun(tx, values.userId, values.localDay);
    if (existing) {
      if (!isReclaimable(existing.props, now)) return null;
      const attempts = typeof existing.props.attempts === "number" ? existing.props.attempts : 1;
      await tx
        .update(userEvents)
        .set({
          props: { ...values.props, kind: "daily_search", localDay: values.localDay, attempts: attempts + 1 },
        })
        .where(and(eq(userEvents.userId, values.userId), eq(userEvents.id, existing.id)));
      return { id: existing.id };
    }
    const [row] = await tx
      .insert(userEvents)
      .values({
        userId: values.userId,
        type: "search_run",
        occurredAt: values.occurredAt,
        props: { ...values.props, kind: "daily_search", localDay: values.localDay, attempts: 1 },
      })
      .returning({ id: userEvents.id });
    return row ?? null;
  });
}

export async function finishDailyRun(
  db: Executor,
  userId: string,
  id: string,
  props: Record<string, unknown>,
): Promise<void> {
  await db
    .update(userEvents)
    .set({ props: sql`${userEvents.props} || ${JSON.stringify(props)}::jsonb` })
    .where(and(eq(userEvents.userId, userId), eq(userEvents.id, id)));
}

/** Stamps the searches a run covered. */
export async function markSearchesRun(
  db: Executor,
  userId: string,
  ids: string[],
  lastRunAt: Date,
  nextRunAt: Date | null,
) {
  if (ids.length === 0) return;
  await db
    .update(searchPrefs)
    .set({ lastRunAt, nextRunAt })
    .where(and(eq(searchPrefs.userId, userId), inArray(searchPrefs.id, ids)));
}

/** Points the user's live searches at their schedule (or clears it: ref null). */
export async function setSearchSchedule(
  db: Executor,
  userId: string,
  scheduleRef: string | null,
  nextRunAt: Date | null,
): Promise<void> {
  await db
    .update(searchPrefs)
    .set({ scheduleRef, nextRunAt })
    .where(and(eq(searchPrefs.userId, userId), isNull(searchPrefs.deletedAt)));
}

/** Users with at least one enabled live saved search (re-registered with the in-process scheduler at start). */
export async function usersWithEnabledSearches(db: Executor): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: searchPrefs.userId })
    .from(searchPrefs)
    .where(and(eq(searchPrefs.enabled, true), isNull(searchPrefs.deletedAt)));
  return rows.map((r) => r.userId);
}
