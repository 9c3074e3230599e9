import type { Posting } from "../posting.ts";
import type { MatchProfile } from "../profile.ts";
import { dayNumber, type PostingFeatures, postingCounts, postingFeatures } from "./features.ts";
import { type ProfileFeatures, profileFeatures } from "./profile-features.ts";
import { type QuickFit, quickFit } from "./score.ts";
import { CorpusStats, toDense } from "./vector.ts";

// Rank many postings for one profile: IDF from the batch itself, posting features computed
// once, the profile vector expanded to a dense array so each score is a sparse pass.

export interface RankedPosting<T extends Posting = Posting> extends QuickFit {
  posting: T;
  index: number;
}

export interface PreparedBatch<T extends Posting = Posting> {
  stats: CorpusStats;
  features: PostingFeatures[];
  postings: T[];
}

export function prepareBatch<T extends Posting>(postings: T[]): PreparedBatch<T> {
  const stats = new CorpusStats();
  const counts = postings.map((p) => postingCounts(p));
  for (const c of counts) stats.add(c);
  return { stats, features: postings.map((p, i) => postingFeatures(p, stats, counts[i])), postings };
}

export interface Ranker {
  profile: ProfileFeatures;
  dense: Float32Array;
  score(q: PostingFeatures): QuickFit;
}

export function makeRanker(profile: MatchProfile, stats: CorpusStats, today: string | null = null): Ranker {
  const year = today ? Number(today.slice(0, 4)) : 2026;
  const pf = profileFeatures(profile, stats, year);
  const dense = toDense(pf.vector);
  const day = dayNumber(today);
  return { profile: pf, dense, score: (q) => quickFit(pf, q, day, dense) };
}

/** Passed postings first, then by score; ties keep input order. */
export function compareRanked(a: { passed: boolean; score: number; index: number }, b: typeof a): number {
  if (a.passed !== b.passed) return a.passed ? -1 : 1;
  return b.score - a.score || a.index - b.index;
}

export function rankPostings<T extends Posting>(
  profile: MatchProfile,
  postings: T[],
  today: string | null = null,
): RankedPosting<T>[] {
  const batch = prepareBatch(postings);
  const ranker = makeRanker(profile, batch.stats, today);
  return batch.features
    .map((q, index) => ({ ...ranker.score(q), posting: postings[index]!, index }))
    .sort(compareRanked);
}
