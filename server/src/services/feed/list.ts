import { type FeedPageRow, type FeedRow, listFeedPage } from "@vanta/db/queries/feed";
import type { FeedItem, FeedListInput, FeedListOutput } from "@vanta/shared/api/feed";
import type { SalaryInfo } from "@vanta/shared/fit";
import type { ServiceCtx } from "../context.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { refreshFeed } from "./refresh.ts";

function salaryOf(r: FeedRow): SalaryInfo | null {
  const major = (c: number | null) => (c === null ? null : c / 100);
  if (r.salaryCurrency && (r.salaryMinCents !== null || r.salaryMaxCents !== null))
    return {
      min: major(r.salaryMinCents),
      max: major(r.salaryMaxCents),
      currency: r.salaryCurrency,
      period: "year",
      estimate: false,
      sampleSize: null,
    };
  if (r.estCurrency && (r.estMinCents !== null || r.estMaxCents !== null))
    return {
      min: major(r.estMinCents),
      max: major(r.estMaxCents),
      currency: r.estCurrency,
      period: "year",
      estimate: true,
      sampleSize: r.estSample,
    };
  return null;
}

const toItem = (r: FeedPageRow): FeedItem => ({
  posting: {
    id: r.postingId,
    title: r.title,
    company: r.company,
    // every place of the card's cluster, the root's first ("+7 locations" on the card)
    locations: r.clusterLocations,
    remote: r.remote,
    url: r.url,
    source: r.source,
    postedAt: r.postedAt,
  },
  score: r.score,
  passed: r.passed,
  rationale: r.rationale,
  salary: salaryOf(r),
  saved: r.savedAt !== null,
  hidden: r.hiddenAt !== null,
  viewed: r.viewedAt !== null,
});

/** One page of the user's ranked feed; `nextCursor` is null on the last page. */
export async function listFeed(ctx: ServiceCtx, input: FeedListInput): Promise<FeedListOutput> {
  const f = input.filters;
  const after = input.cursor ? decodeCursor(input.cursor, input.sort) : undefined;
  // Page one brings in postings ingested since the last visit; later pages keep the same set.
  if (!after) await refreshFeed(ctx);
  const { rows, hasMore } = await listFeedPage(ctx.db, {
    userId: ctx.userId,
    limit: input.limit,
    sort: input.sort,
    after: after ? { key: after.key, id: after.id } : undefined,
    remote: f.remote === undefined ? undefined : Array.isArray(f.remote) ? f.remote : [f.remote],
    location: f.location,
    minSalaryCents: f.minSalary === undefined ? undefined : f.minSalary * 100,
    company: f.company,
    minScore: f.minScore,
    postedWithinDays: f.postedWithinDays,
  });
  const last = rows.at(-1);
  return {
    items: rows.map(toItem),
    nextCursor: hasMore && last ? encodeCursor({ sort: input.sort, key: last.sortKey, id: last.postingId }) : null,
  };
}
