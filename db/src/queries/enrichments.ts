import type { FitResult } from "@vanta/shared/fit";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { applications } from "../schema/applications.ts";
import { postingEnrichments } from "../schema/enrichments.ts";

// A user's fit of one posting plus their feed state (hidden / saved / viewed).

export type EnrichmentRow = typeof postingEnrichments.$inferSelect;

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
    score: fit.score,
    passed: fit.passed,
    factors: fit,
    rationale: fit.rationale,
    salaryEstimateMinCents: cents(estimate?.min),
    salaryEstimateMaxCents: cents(estimate?.max),
    salaryEstimateCurrency: estimate?.currency ?? null,
    salaryEstimateSample: estimate?.sampleSize ?? null,
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
