import { and, desc, eq, gte, ilike, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { postingEnrichments as pe } from "../schema/enrichments.ts";
import { jobPostings as jp } from "../schema/postings.ts";

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

const salaryCents = sql<number>`coalesce(${jp.salaryMaxCents}, ${jp.salaryMinCents}, ${pe.salaryEstimateMaxCents}, ${pe.salaryEstimateMinCents})`;
const postedDay = sql<string>`coalesce(${jp.postedAt}, (${jp.firstSeenAt} at time zone 'UTC')::date)`;

/** The sort expression; never null, so the keyset comparison stays total. */
export function feedSortExpr(sort: FeedSortKey): SQL {
  switch (sort) {
    case "score":
      return sql`${pe.score}`;
    case "date":
      return sql`${postedDay}`;
    case "salary":
      return sql`coalesce(${salaryCents}, -1)`;
  }
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function feedWhere(q: FeedQuery): SQL {
  const conds: (SQL | undefined)[] = [
    eq(pe.userId, q.userId),
    isNull(pe.hiddenAt),
    isNull(jp.deletedAt),
    eq(jp.closed, false),
  ];
  if (q.remote?.length) conds.push(inArray(jp.remote, q.remote));
  if (q.location) conds.push(sql`array_to_string(${jp.locations}, ' | ') ilike ${`%${escapeLike(q.location)}%`}`);
  if (q.company) conds.push(ilike(jp.company, `%${escapeLike(q.company)}%`));
  if (q.minScore !== undefined) conds.push(gte(pe.score, q.minScore));
  if (q.minSalaryCents !== undefined) conds.push(sql`${salaryCents} >= ${q.minSalaryCents}`);
  if (q.postedWithinDays !== undefined) conds.push(sql`${postedDay} >= current_date - ${q.postedWithinDays}::int`);
  if (q.after) {
    const key = q.sort === "date" ? sql`${q.after.key}::date` : sql`${q.after.key}::bigint`;
    conds.push(sql`(${feedSortExpr(q.sort)}, ${pe.postingId}) < (${key}, ${q.after.id}::uuid)`);
  }
  return and(...conds) as SQL;
}

/** The page query itself (limit + 1 rows, to know whether there is a next page); `.toSQL()` shows its SQL. */
export function feedPageQuery(db: Executor, q: FeedQuery) {
  const sortExpr = feedSortExpr(q.sort);
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
      sortKey: sql<string>`${sortExpr}::text`,
    })
    .from(pe)
    .innerJoin(jp, eq(jp.id, pe.postingId))
    .where(feedWhere(q))
    .orderBy(desc(sortExpr), desc(pe.postingId))
    .limit(q.limit + 1);
}

export type FeedRow = Awaited<ReturnType<typeof feedPageQuery>>[number];

export async function listFeedPage(db: Executor, q: FeedQuery): Promise<{ rows: FeedRow[]; hasMore: boolean }> {
  const rows = await feedPageQuery(db, q);
  const hasMore = rows.length > q.limit;
  return { rows: hasMore ? rows.slice(0, q.limit) : rows, hasMore };
}
