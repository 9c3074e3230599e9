import type { FitFactors, FitResult, HardFilterResult, SalaryInfo } from "../fit.ts";
import type { Posting } from "../posting.ts";
import { MatchProfile, type MatchProfileInput } from "../profile.ts";
import type { CollectionStats } from "./bm25.ts";
import { estimateSalary } from "./estimate.ts";
import { matchRequirements } from "./evidence.ts";
import { calibrate, computeFactors, rawScore } from "./factors.ts";
import { dayNumber, type PostingFeatures, postingFeatures } from "./features.ts";
import { hardFilters } from "./filters.ts";
import { type ProfileFeatures, profileFeatures } from "./profile-features.ts";
import { improvements, rationale } from "./rationale.ts";

// Fit of one posting for one profile. Deterministic: the same inputs and ctx.today give the
// same result; nothing reads the clock.

export interface FitContext {
  /** ISO date used for freshness; without it freshness is neutral (0.5) */
  today?: string | null;
  /** statistics of the posting collection (document frequencies, average lengths) for BM25 */
  stats?: CollectionStats;
  /** postings to estimate a missing salary from */
  similar?: Posting[];
}

export interface QuickFit {
  score: number;
  /** the weighted sum before calibration (breaks ties between equal rounded scores) */
  raw: number;
  passed: boolean;
  factors: FitFactors;
  filters: HardFilterResult[];
}

/** The fast path: factors, filters and score only (no requirement-by-requirement evidence). */
export function quickFit(pf: ProfileFeatures, q: PostingFeatures, today: number | null): QuickFit {
  const factors = computeFactors(pf, q, today);
  const filters = hardFilters(pf, q);
  const raw = rawScore(factors);
  return { score: calibrate(raw), raw, passed: filters.every((f) => f.passed), factors, filters };
}

export function fitFromFeatures(pf: ProfileFeatures, q: PostingFeatures, ctx: FitContext = {}): FitResult {
  const quick = quickFit(pf, q, dayNumber(ctx.today ?? null));
  const requirements = matchRequirements(pf, q);
  const p = q.posting;
  let salary: SalaryInfo | null = null;
  if (p.salary && (p.salary.min !== null || p.salary.max !== null))
    salary = { ...p.salary, estimate: false, sampleSize: null };
  else if (ctx.similar) salary = estimateSalary(p, ctx.similar);
  return {
    score: quick.score,
    passed: quick.passed,
    filters: quick.filters,
    factors: quick.factors,
    requirements,
    improvements: improvements(quick.factors, quick.filters, requirements, pf, q),
    salary,
    rationale: rationale(quick.score, quick.factors, quick.filters, requirements, pf, q),
  };
}

/** Score one posting against a profile (a profile may hold only `resumeText`). */
export function scorePosting(
  profile: MatchProfileInput | MatchProfile,
  posting: Posting,
  ctx: FitContext = {},
): FitResult {
  const year = ctx.today ? Number(ctx.today.slice(0, 4)) : 2026;
  const pf = profileFeatures(MatchProfile.parse(profile), ctx.stats, year);
  return fitFromFeatures(pf, postingFeatures(posting, ctx.stats), ctx);
}
