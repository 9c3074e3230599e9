import type { Posting } from "../posting.ts";
import type { MatchProfile } from "../profile.ts";
import { CollectionStats, type FieldTerms, fieldTerms } from "./bm25.ts";
import { dayNumber, type PostingFeatures, postingFeatures } from "./features.ts";
import { type ProfileFeatures, profileFeatures } from "./profile-features.ts";
import { type QuickFit, quickFit } from "./score.ts";

// Rank many postings for one profile: collection statistics (from the caller's whole
// collection, else from the batch itself), posting features computed once, the profile's
// query expanded to a dense array so each score is a sparse pass.

export interface RankedPosting<T extends Posting = Posting> extends QuickFit {
  posting: T;
  index: number;
}

export interface PreparedBatch<T extends Posting = Posting> {
  stats: CollectionStats;
  features: PostingFeatures[];
  postings: T[];
}

/** Features of every posting; `stats` from a larger collection when the batch is only part of it. */
export function prepareBatch<T extends Posting>(postings: T[], stats?: CollectionStats): PreparedBatch<T> {
  const terms: FieldTerms[] = postings.map((p) => fieldTerms(p));
  let s = stats;
  if (!s) {
    s = new CollectionStats();
    for (const t of terms) s.add(t);
  }
  const st = s;
  return { stats: st, features: postings.map((p, i) => postingFeatures(p, st, terms[i])), postings };
}

export interface Ranker {
  profile: ProfileFeatures;
  score(q: PostingFeatures): QuickFit;
}

export function makeRanker(profile: MatchProfile, stats: CollectionStats, today: string | null = null): Ranker {
  const year = today ? Number(today.slice(0, 4)) : 2026;
  const pf = profileFeatures(profile, stats, year, { dense: true });
  const day = dayNumber(today);
  return { profile: pf, score: (q) => quickFit(pf, q, day) };
}

/** Passed postings first, then by score (then the uncalibrated sum); ties keep input order. */
export function compareRanked(a: { passed: boolean; score: number; raw?: number; index: number }, b: typeof a): number {
  if (a.passed !== b.passed) return a.passed ? -1 : 1;
  return b.score - a.score || (b.raw ?? 0) - (a.raw ?? 0) || a.index - b.index;
}

export function rankPostings<T extends Posting>(
  profile: MatchProfile,
  postings: T[],
  today: string | null = null,
  stats?: CollectionStats,
): RankedPosting<T>[] {
  const batch = prepareBatch(postings, stats);
  const ranker = makeRanker(profile, batch.stats, today);
  return batch.features
    .map((q, index) => ({ ...ranker.score(q), posting: postings[index]!, index }))
    .sort(compareRanked);
}
