import type { CollectionStats } from "@vanta/shared/match/bm25";
import { type PostingFeatures, postingFeatures } from "@vanta/shared/match/features";
import type { Posting } from "@vanta/shared/posting";

// A posting's features (requirements, skills, BM25F vector, …) do not depend on the user: the daily run of a
// thousand users following the same boards would extract them a thousand times. This process-level cache
// keeps the most recently used ones. An entry is reused only for the same posting id, the same scored content
// (a fingerprint of the whole Posting: job_postings has no updated_at, and a card's places come from its
// cluster) and the same collection statistics object (collectionStats() rebuilds it hourly, which changes the
// BM25F weights) — otherwise it is recomputed, so a cached fit is exactly what a fresh computation gives.

export interface FeaturesCache {
  features(postingId: string, posting: Posting, stats: CollectionStats): PostingFeatures;
  readonly size: number;
  readonly hits: number;
  readonly misses: number;
}

interface Entry {
  fingerprint: string;
  stats: CollectionStats;
  features: PostingFeatures;
}

/**
 * The Posting as JSON: any change to what is scored changes it, and comparing it exactly cannot collide. (Not a
 * node:crypto digest: this module is part of the runtime-agnostic app; the bounded cache keeps memory in check.)
 */
export const postingFingerprint = (p: Posting): string => JSON.stringify(p);

export function createFeaturesCache(maxEntries = 3000): FeaturesCache {
  // a Map iterates in insertion order: re-inserting on a hit makes the first key the least recently used
  const entries = new Map<string, Entry>();
  let hits = 0;
  let misses = 0;
  return {
    features(postingId, posting, stats) {
      const fingerprint = postingFingerprint(posting);
      const hit = entries.get(postingId);
      if (hit && hit.stats === stats && hit.fingerprint === fingerprint) {
        hits++;
        entries.delete(postingId);
        entries.set(postingId, hit);
        return hit.features;
      }
      misses++;
      const features = postingFeatures(posting, stats);
      entries.delete(postingId);
      entries.set(postingId, { fingerprint, stats, features });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return features;
    },
    get size() {
      return entries.size;
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}

/** the one cache of this process (the feed refresh and the daily run share it) */
export const postingFeaturesCache = createFeaturesCache();
