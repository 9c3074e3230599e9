import type { Executor } from "@vanta/db";
import { similarSalariedPostings } from "@vanta/db/queries/captures";
import type { Posting } from "@vanta/shared/posting";
import { rowToPosting } from "./to-row.ts";

// The sample a missing salary is estimated from (a partial index on normalized_title serves the
// lookup). Each title's sample is kept for a while, per database, so repeated captures of similar
// roles skip the query entirely; estimates do not need to be fresher.

const TTL_MS = 10 * 60 * 1000;
const MAX_TITLES = 1000;

interface Entry {
  at: number;
  sample: Posting[];
  ids: Set<string>;
}

const caches = new WeakMap<object, Map<string, Entry>>();

export async function salarySample(
  db: Executor,
  normalizedTitle: string,
  excludeIds: string[],
  now: number = Date.now(),
): Promise<Posting[]> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let entry = cache.get(normalizedTitle);
  if (!entry || now - entry.at > TTL_MS) {
    const rows = await similarSalariedPostings(db, normalizedTitle, [], 100 + excludeIds.length);
    entry = { at: now, sample: rows.map(rowToPosting), ids: new Set(rows.map((r) => r.id)) };
    cache.delete(normalizedTitle);
    cache.set(normalizedTitle, entry);
    // Map keeps insertion order: the first key is the oldest.
    if (cache.size > MAX_TITLES) cache.delete(cache.keys().next().value as string);
  }
  if (!excludeIds.some((id) => entry.ids.has(id))) return entry.sample.slice(0, 100);
  const skip = new Set(excludeIds);
  const ids = [...entry.ids];
  return entry.sample.filter((_, i) => !skip.has(ids[i]!)).slice(0, 100);
}
