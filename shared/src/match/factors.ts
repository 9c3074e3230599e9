import type { FitFactors } from "../fit.ts";
import { seniorityFit } from "../normalize/seniority.ts";
import { familySimilarity, type TitleInfo } from "../normalize/title.ts";
import type { PostingFeatures } from "./features.ts";
import type { ProfileFeatures } from "./profile-features.ts";
import { salaryFit } from "./salary.ts";
import { tokens } from "./text.ts";
import { denseDot, sparseDot } from "./vector.ts";

// The six 0..1 factors and their weights. The score is round(100 × Σ weight × factor).
export const WEIGHTS: Readonly<FitFactors> = {
  semantic: 0.3,
  skills: 0.2,
  title: 0.3,
  seniority: 0.1,
  salary: 0.05,
  freshness: 0.05,
};

/** The cosine that counts as a full match. With IDF, resume/posting cosines on the corpus run
 * p90 ≈ 0.025, p99 ≈ 0.05, best matches 0.1–0.2; without IDF (one posting, no collection)
 * the same pairs read about 3× higher, so the scale is 3× to keep scores comparable. */
const SEMANTIC_SCALE = 0.3;
const SEMANTIC_SCALE_NO_IDF = 0.9;

const coreTokenCache = new WeakMap<TitleInfo, Set<string>>();
function coreTokens(t: TitleInfo): Set<string> {
  let s = coreTokenCache.get(t);
  if (!s) {
    s = new Set(tokens(t.core));
    coreTokenCache.set(t, s);
  }
  return s;
}

export function titleFit(mine: TitleInfo[], theirs: TitleInfo): number {
  if (mine.length === 0) return 0.5;
  const b = coreTokens(theirs);
  let best = 0;
  for (const t of mine) {
    const a = coreTokens(t);
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    // share of the profile title found in theirs: "backend engineer" fully inside "backend engineer, payments"
    const overlap = a.size === 0 ? 0 : inter / a.size;
    const f = 0.6 * familySimilarity(t.family, theirs.family) + 0.4 * overlap;
    if (f > best) best = f;
  }
  return Math.min(1, best);
}

export function skillsFit(pf: ProfileFeatures, q: PostingFeatures): number {
  let req = q.requiredSkills;
  const pref = q.preferredSkills;
  if (req.size === 0 && pref.size === 0) req = q.skills;
  const total = req.size + 0.5 * pref.size;
  if (total === 0) return 0.5;
  let hit = 0;
  for (const s of req) if (pf.skills.has(s)) hit++;
  let hitP = 0;
  for (const s of pref) if (pf.skills.has(s)) hitP++;
  return (hit + 0.5 * hitP) / total;
}

export function freshness(postedDay: number | null, today: number | null): number {
  if (postedDay === null || today === null) return 0.5;
  const age = today - postedDay;
  if (age <= 7) return 1;
  if (age <= 30) return 1 - ((age - 7) / 23) * 0.5;
  if (age <= 90) return 0.5 - ((age - 30) / 60) * 0.4;
  return 0.1;
}

export function semanticFit(pf: ProfileFeatures, q: PostingFeatures, dense?: Float32Array): number {
  const cos = dense ? denseDot(dense, q.vector) : sparseDot(pf.vector, q.vector);
  return Math.max(0, Math.min(1, cos / (q.vector.idf ? SEMANTIC_SCALE : SEMANTIC_SCALE_NO_IDF)));
}

export function computeFactors(
  pf: ProfileFeatures,
  q: PostingFeatures,
  today: number | null,
  dense?: Float32Array,
): FitFactors {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    semantic: r(semanticFit(pf, q, dense)),
    skills: r(skillsFit(pf, q)),
    title: r(titleFit(pf.titles, q.title)),
    seniority: r(seniorityFit(pf.seniority, q.title.seniority)),
    salary: r(salaryFit(pf.profile.minSalary, pf.profile.currency, q.salary)),
    freshness: r(freshness(q.postedDay, today)),
  };
}

export function weightedScore(f: FitFactors): number {
  let s = 0;
  for (const k of Object.keys(WEIGHTS) as Array<keyof FitFactors>) s += WEIGHTS[k] * f[k];
  return Math.max(0, Math.min(100, Math.round(100 * s)));
}
