import { and, desc, eq, gte, ilike, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { postingEnrichments as pe } from "../schema/enrichments.ts";
import { jobPostings as jp } from "../schema/postings.ts";
import { clusterLocationMatches, clusterLocationsOf } from "./cluster-locations.ts";
import { containsPattern } from "./like.ts";

// The ranked feed: one user's enrichments joined with the postings, keyset-paginated on
// (sort key, posting id) so page N costs the same as page 1. Hidden, closed and deleted
// postings never show.

export type FeedSortKey = "score" | "date" | "salary";

export interface FeedQuery {
  userId: string;
  limit: number;
  sort: FeedSortKey;
  /** the last row of the previous page */
  after?: { key: number | string; id: string };
  remote?: ("remote" | "hybrid" | "onsite" | "unknown")[];
  location?: string;
  /** annual, cents */
  minSalaryCents?: number;
  company?: string;
  minScore?: number;
  postedWithinDays?: number;
}

/**
 * The posting side, looked up per enrichment row: a LATERAL subquery with a LIMIT, so the
 * planner cannot flatten it and start from job_postings. Feed cost then follows the user's
 * enrichment count, never the size of the posting table (a seq scan there was the slow plan).
 */
function postingSide(db: Executor, q: FeedQuery) {
  const conds: (SQL | undefined)[] = [eq(jp.id, pe.postingId), isNull(jp.deletedAt), eq(jp.closed, false)];
  if (q.remote?.length) conds.push(inArray(jp.remote, q.remote));
  // A card is a cluster (enrichments are filed under its root): the filter matches any member's place.
  if (q.location) conds.push(clusterLocationMatches(jp.id, containsPattern(q.location)));
  if (q.company) conds.push(ilike(jp.company, containsPattern(q.company)));
  const postedDay = sql<string>`coalesce(${jp.postedAt}, (${jp.firstSeenAt} at time zone 'UTC')::date)`;
  if (q.postedWithinDays !== undefined) conds.push(sql`${postedDay} >= current_date - ${q.postedWithinDays}::int`);
  return (
    db
      .select({
        title: jp.title,
        company: jp.company,
        locations: jp.locations,
        remote: jp.remote,
        url: jp.url,
        source: jp.source,
        postedAt: jp.postedAt,
        salaryMinCents: jp.salaryMinCents,
        salaryMaxCents: jp.salaryMaxCents,
        salaryCurrency: jp.salaryCurrency,
        postedDay: postedDay.as("posted_day"),
      })
      .from(jp)
      .where(and(...conds))
      // One row per id anyway; the LIMIT is the fence (drizzle drops a literal OFFSET 0).
      .limit(1)
      .as("j")
  );
}

type PostingSide = ReturnType<typeof postingSide>;

const salaryCents = (j: PostingSide) =>
  sql<number>`coalesce(${j.salaryMaxCents}, ${j.salaryMinCents}, ${pe.salaryEstimateMaxCents}, ${pe.salaryEstimateMinCents})`;

/** The sort expression; never null, so the keyset comparison stays total. */
function sortExpr(sort: FeedSortKey, j: PostingSide): SQL {
  switch (sort) {
    case "score":
      return sql`${pe.score}`;
    case "date":
      return sql`${j.postedDay}`;
    case "salary":
      return sql`coalesce(${salaryCents(j)}, -1)`;
  }
}

/** The page query itself (limit + 1 rows, to know whether there is a next page); `.toSQL()` shows its SQL. */
export function feedPageQuery(db: Executor, q: FeedQuery) {
  const j = postingSide(db, q);
  const key = sortExpr(q.sort, j);
  const conds: (SQL | undefined)[] = [eq(pe.userId, q.userId), isNull(pe.hiddenAt)];
  if (q.minScore !== undefined) conds.push(gte(pe.score, q.minScore));
  if (q.minSalaryCents !== undefined) conds.push(sql`${salaryCents(j)} >= ${q.minSalaryCents}`);
  if (q.after) {
    const after = q.sort === "date" ? sql`${q.after.key}::date` : sql`${q.after.key}::bigint`;
    conds.push(sql`(${key}, ${pe.postingId}) < (${after}, ${q.after.id}::uuid)`);
  }
  return db
    .select({
      postingId: pe.postingId,
      score: pe.score,
      passed: pe.passed,
      rationale: pe.rationale,
      estMinCents: pe.salaryEstimateMinCents,
      estMaxCents: pe.salaryEstimateMaxCents,
      estCurrency: pe.salaryEstimateCurrency,
      estSample: pe.salaryEstimateSample,
      savedAt: pe.savedAt,
      hiddenAt: pe.hiddenAt,
      viewedAt: pe.viewedAt,
      title: j.title,
      company: j.company,
      locations: j.locations,
      remote: j.remote,
      url: j.url,
      source: j.source,
      postedAt: j.postedAt,
      salaryMinCents: j.salaryMinCents,
      salaryMaxCents: j.salaryMaxCents,
      salaryCurrency: j.salaryCurrency,
      sortKey: sql<string>`${key}::text`,
    })
    .from(pe)
    .innerJoinLateral(j, sql`true`)
    .where(and(...conds))
    .orderBy(desc(key), desc(pe.postingId))
    .limit(q.limit + 1);
}

export type FeedRow = Awaited<ReturnType<typeof feedPageQuery>>[number];

export type FeedPageRow = FeedRow & { clusterLocations: string[] };

/**
 * One page, and the places of each card's cluster (one role posted in several cities): read for the
 * page's ids only, after the ordering and the limit, so the cost stays per page, not per enrichment.
 */
export async function listFeedPage(db: Executor, q: FeedQuery): Promise<{ rows: FeedPageRow[]; hasMore: boolean }> {
  const all = await feedPageQuery(db, q);
  const hasMore = all.length > q.limit;
  const page = hasMore ? all.slice(0, q.limit) : all;
  const places = await clusterLocationsOf(
    db,
    page.map((r) => r.postingId),
  );
  const rows = page.map((r) => ({ ...r, clusterLocations: places.get(r.postingId) ?? r.locations }));
  return { rows, hasMore };
}
