import type { Executor } from "@vanta/db";
import { recentPostingTexts } from "@vanta/db/queries/posting-texts";
import { CollectionStats } from "@vanta/shared/match/bm25";

// Text relevance (BM25) weighs a term by how rare it is in the whole posting collection, not in
// the one posting being scored: the side panel and the feed score with statistics of the stored
// postings (the most recently seen COLLECTION_SIZE), rebuilt at most every REFRESH_MS per database.

export const COLLECTION_SIZE = 5000;
const REFRESH_MS = 60 * 60 * 1000;

const cache = new WeakMap<object, { at: number; stats: Promise<CollectionStats> }>();

export function collectionStats(db: Executor, now: Date): Promise<CollectionStats> {
  const hit = cache.get(db);
  if (hit && now.getTime() - hit.at < REFRESH_MS && now.getTime() >= hit.at) return hit.stats;
  const stats = recentPostingTexts(db, COLLECTION_SIZE).then((rows) => CollectionStats.of(rows));
  cache.set(db, { at: now.getTime(), stats });
  // a failed read is not cached
  stats.catch(() => cache.delete(db));
  return stats;
}
