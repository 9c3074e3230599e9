import type { FitResult } from "@vanta/shared/fit";
import { and, asc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { applications } from "../schema/applications.ts";
import { postingEnrichments } from "../schema/enrichments.ts";
import { jobPostings } from "../schema/postings.ts";
import { clusterLocationsOf } from "./cluster-locations.ts";

// A user's fit of one posting plus their feed state (hidden / saved / viewed).

export type EnrichmentRow = typeof postingEnrichments.$inferSelect;

/** The columns a fit fills (the whole FitResult is kept in `factors` for the side panel). */
const fitColumns = (fit: FitResult) => ({
  score: fit.score,
  passed: fit.passed,
  factors: fit,
  rationale: fit.rationale,
});

export async function findEnrichment(db: Executor, userId: string, postingId: string): Promise<EnrichmentRow | null> {
  const rows = await db
    .select()
    .from(postingEnrichments)
    .where(and(eq(postingEnrichments.userId, userId), eq(postingEnrichments.postingId, postingId)))
    .limit(1);
  return rows[0] ?? null;
}

/** Stores (or refreshes) the fit; the feed state columns are left as they are. */
export async function upsertEnrichment(
  db: Executor,
  values: { userId: string; postingId: string; fit: FitResult },
): Promise<EnrichmentRow> {
  const { fit } = values;
  const estimate = fit.salary?.estimate ? fit.salary : null;
  // Estimates are stored annual, in cents (the estimator reports yearly figures).
  const cents = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100));
  const set = {
    ...fitColumns(fit),
    salaryEstimateMinCents: cents(estimate?.min),
    salaryEstimateMaxCents: cents(estimate?.max),
    salaryEstimateCurrency: estimate?.currency ?? null,
    salaryEstimateSample: estimate?.sampleSize ?? null,
    // explicit: ON CONFLICT DO UPDATE does not run $onUpdate, and freshness is read from this
    updatedAt: new Date(),
  };
  const [row] = await db
    .insert(postingEnrichments)
    .values({ userId: values.userId, postingId: values.postingId, ...set })
    .onConflictDoUpdate({ target: [postingEnrichments.userId, postingEnrichments.postingId], set })
    .returning();
  if (!row) throw new Error("enrichment upsert returned nothing");
  return row;
}

/** Sets one feed-state column; null when the user has no enrichment for the posting. */
export async function setFeedState(
  db: Executor,
  userId: string,
  postingId: string,
  column: "hiddenAt" | "savedAt" | "viewedAt",
  value: Date | null,
): Promise<EnrichmentRow | null> {
  const [row] = await db
    .update(postingEnrichments)
    .set({ [column]: value })
    .where(and(eq(postingEnrichments.userId, userId), eq(postingEnrichments.postingId, postingId)))
    .returning();
  return row ?? null;
}

/**
 * Whether the user has seen this posting (scored for them, or tracked): postings are shared
 * rows, but a user reaches only those, so ids from another user's captures stay invisible.
 */
export async function postingVisibleToUser(db: Executor, userId: string, postingId: string): Promise<boolean> {
  const rows = await db.execute<{ ok: number }>(sql`
    select 1 as ok from ${postingEnrichments} where ${postingEnrichments.userId} = ${userId} and ${postingEnrichments.postingId} = ${postingId}
    union all
    select 1 from ${applications} where ${applications.userId} = ${userId} and ${applications.postingId} = ${postingId}
    limit 1`);
  return rowsOf(rows).length > 0;
}

/** drizzle's execute() returns `{ rows }` on pg/PGlite/Neon pools; normalize to the array. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * Ingested postings first seen at or after `since` that this user has no fit for yet, oldest first (so
 * a feed refresh can catch up batch by batch). Extension captures are left out: what one user
 * browsed never lands in another user's feed.
 */
export async function unscoredPostingsSince(db: Executor, userId: string, since: Date, limit: number) {
  // One card per cluster: only roots are scored, with the places of every member (a hard
  // location filter passes when any of the role's cities fits).
  const rows = await db
    .select()
    .from(jobPostings)
    .where(
      and(
        // >=: one ingest run stamps many rows with the same time; the anti-join skips scored ones.
        gte(jobPostings.firstSeenAt, since),
        isNull(jobPostings.deletedAt),
        isNull(jobPostings.clusterId),
        eq(jobPostings.closed, false),
        sql`(${jobPostings.extra} ->> 'capturedBy') is null`,
        sql`not exists (select 1 from ${postingEnrichments} where ${postingEnrichments.userId} = ${userId} and ${postingEnrichments.postingId} = ${jobPostings.id})`,
      ),
    )
    .orderBy(asc(jobPostings.firstSeenAt), asc(jobPostings.id))
    .limit(limit);
  const places = await clusterLocationsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, locations: places.get(r.id) ?? r.locations }));
}

/** Stores many fits at once; existing ones (and their feed state) are left alone. */
export async function insertEnrichmentsIfAbsent(
  db: Executor,
  rows: { userId: string; postingId: string; fit: FitResult }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  // One JSON parameter expanded by jsonb_to_recordset instead of 6 bound values per row: a daily run
  // inserts ~200 fits per user, and building/binding ~1,200 parameters cost more than the insert itself.
  const payload = JSON.stringify(
    rows.map(({ userId, postingId, fit }) => {
      const c = fitColumns(fit);
      return {
        user_id: userId,
        posting_id: postingId,
        score: c.score,
        passed: c.passed,
        factors: c.factors,
        rationale: c.rationale,
      };
    }),
  );
  const inserted = await db.execute<{ id: string }>(sql`
    insert into ${postingEnrichments} (user_id, posting_id, score, passed, factors, rationale)
    select r.user_id, r.posting_id, r.score, r.passed, r.factors, r.rationale
    from jsonb_to_recordset(${payload}::jsonb)
      as r(user_id uuid, posting_id uuid, score integer, passed boolean, factors jsonb, rationale text)
    on conflict do nothing
    returning id`);
  return rowsOf(inserted).length;
}

/** The user's fits computed before `before` (e.g. the last profile change), with their postings. */
export async function staleEnrichments(db: Executor, userId: string, before: Date, limit: number) {
  const rows = await db
    .select({ enrichment: postingEnrichments, posting: jobPostings })
    .from(postingEnrichments)
    .innerJoin(jobPostings, eq(jobPostings.id, postingEnrichments.postingId))
    .where(and(eq(postingEnrichments.userId, userId), lt(postingEnrichments.updatedAt, before)))
    .orderBy(asc(postingEnrichments.updatedAt), asc(postingEnrichments.id))
    .limit(limit);
  // rescored with the places of every member of the card's cluster
  const places = await clusterLocationsOf(
    db,
    rows.map((r) => r.posting.id),
  );
  return rows.map((r) => ({
    ...r,
    posting: { ...r.posting, locations: places.get(r.posting.id) ?? r.posting.locations },
  }));
}

/** Rewrites many fits in one statement; feed state and stored salary estimates are kept. */
export async function rewriteFits(
  db: Executor,
  rows: { userId: string; postingId: string; fit: FitResult }[],
  at: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(postingEnrichments)
    .values(rows.map(({ userId, postingId, fit }) => ({ userId, postingId, ...fitColumns(fit), updatedAt: at })))
    .onConflictDoUpdate({
      target: [postingEnrichments.userId, postingEnrichments.postingId],
      set: {
        score: sql`excluded.score`,
        passed: sql`excluded.passed`,
        factors: sql`excluded.factors`,
        rationale: sql`excluded.rationale`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}
