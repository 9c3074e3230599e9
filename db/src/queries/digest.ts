import type { FitResult } from "@vanta/shared/fit";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { notifications } from "../schema/documents.ts";
import { postingEnrichments as pe } from "../schema/enrichments.ts";
import { jobPostings as jp } from "../schema/postings.ts";
import { type JobPreferences, profiles } from "../schema/profiles.ts";
import { clusterLocationsOf } from "./cluster-locations.ts";
import type { NotificationRow } from "./notifications.ts";

// Queries of the daily digest: the user's undigested top postings, and the digest notification that
// makes a day's digest happen once (props.localDay in notifications.data, claimed under an advisory lock).

export interface DigestCandidate {
  postingId: string;
  title: string;
  company: string;
  locations: string[];
  remote: "remote" | "hybrid" | "onsite" | "unknown";
  url: string;
  score: number;
  rationale: string | null;
  factors: FitResult;
  /** stated salary, annual cents */
  salaryMinCents: number | null;
  salaryMaxCents: number | null;
  salaryCurrency: string | null;
  /** the stored estimate, annual cents */
  estMinCents: number | null;
  estMaxCents: number | null;
  estCurrency: string | null;
}

/** Passed-filter fits not yet in a digest, best score first; hidden, closed and deleted postings never show. */
export async function undigestedTopPostings(db: Executor, userId: string, limit: number): Promise<DigestCandidate[]> {
  const rows = await db
    .select({
      postingId: pe.postingId,
      title: jp.title,
      company: jp.company,
      locations: jp.locations,
      remote: jp.remote,
      url: jp.url,
      score: pe.score,
      rationale: pe.rationale,
      factors: pe.factors,
      salaryMinCents: jp.salaryMinCents,
      salaryMaxCents: jp.salaryMaxCents,
      salaryCurrency: jp.salaryCurrency,
      estMinCents: pe.salaryEstimateMinCents,
      estMaxCents: pe.salaryEstimateMaxCents,
      estCurrency: pe.salaryEstimateCurrency,
    })
    .from(pe)
    .innerJoin(jp, eq(jp.id, pe.postingId))
    .where(
      and(
        eq(pe.userId, userId),
        isNull(pe.digestedAt),
        eq(pe.passed, true),
        isNull(pe.hiddenAt),
        isNull(jp.deletedAt),
        eq(jp.closed, false),
      ),
    )
    .orderBy(desc(pe.score), asc(pe.postingId))
    .limit(limit);
  // every place of the card's cluster (one role posted in several cities), read for these rows only
  const places = await clusterLocationsOf(
    db,
    rows.map((r) => r.postingId),
  );
  return rows.map((r) => ({ ...r, locations: places.get(r.postingId) ?? r.locations }));
}

export async function markDigested(db: Executor, userId: string, postingIds: string[], at: Date): Promise<void> {
  if (postingIds.length === 0) return;
  await db
    .update(pe)
    .set({ digestedAt: at })
    .where(and(eq(pe.userId, userId), inArray(pe.postingId, postingIds)));
}

const digestOf = (userId: string, localDay: string) =>
  and(
    eq(notifications.userId, userId),
    eq(notifications.kind, "digest"),
    sql`${notifications.data} ->> 'localDay' = ${localDay}`,
  );

export async function findDigestNotification(
  db: Executor,
  userId: string,
  localDay: string,
): Promise<NotificationRow | null> {
  const rows = await db.select().from(notifications).where(digestOf(userId, localDay)).limit(1);
  return rows[0] ?? null;
}

/**
 * Runs `fn` under a transaction-scoped advisory lock on (user, local day), so two deliveries of the
 * same day's digest never both get past their "already sent?" check.
 */
export async function withDigestLock<T>(
  db: Executor,
  userId: string,
  localDay: string,
  fn: (tx: Executor) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`digest:${userId}:${localDay}`}))`);
    return fn(tx);
  });
}

export async function insertNotification(
  db: Executor,
  values: typeof notifications.$inferInsert,
): Promise<NotificationRow> {
  const [row] = await db.insert(notifications).values(values).returning();
  if (!row) throw new Error("notification insert returned nothing");
  return row;
}

/** Merges `data` into the notification's JSON and sets the other given columns. */
export async function updateNotification(
  db: Executor,
  userId: string,
  id: string,
  set: { data?: Record<string, unknown>; channel?: "in_app" | "email"; emailMessageId?: string | null },
): Promise<void> {
  const { data, ...rest } = set;
  await db
    .update(notifications)
    .set({ ...rest, ...(data ? { data: sql`${notifications.data} || ${JSON.stringify(data)}::jsonb` } : {}) })
    .where(and(eq(notifications.userId, userId), eq(notifications.id, id)));
}

/** Moves a failed email of a digest back to "sending"; false when another delivery got there first. */
export async function claimEmailRetry(db: Executor, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ data: sql`${notifications.data} || '{"email":"sending"}'::jsonb` })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.id, id),
        sql`${notifications.data} ->> 'email' = 'failed'`,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/**
 * Merges digest settings into profiles.preferences without touching updated_at: fits are fresh while
 * computed after the last profile change, and an unsubscribe changes nothing they depend on.
 */
export async function mergeDigestPreferences(
  db: Executor,
  userId: string,
  patch: Pick<JobPreferences, "digestEmail" | "digestSnoozedUntil">,
): Promise<void> {
  await db
    .update(profiles)
    .set({
      preferences: sql`${profiles.preferences} || ${JSON.stringify(patch)}::jsonb`,
      updatedAt: sql`${profiles.updatedAt}`,
    })
    .where(eq(profiles.userId, userId));
}
