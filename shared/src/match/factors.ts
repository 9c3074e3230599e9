import type { FitFactors } from "../fit.ts";
import { seniorityFit } from "../normalize/seniority.ts";
import { familySimilarity, type TitleInfo } from "../normalize/title.ts";
import { bm25Score } from "./bm25.ts";
import type { PostingFeatures } from "./features.ts";
import type { ProfileFeatures } from "./profile-features.ts";
import { salaryFit } from "./salary.ts";
import { tokens } from "./text.ts";

// The six 0..1 factors and their weights (sum 1). Chosen by `pnpm eval rank-tune` on the tuning
// labels only (tests/fixtures/rank/eval); `pnpm eval rank` reports them on held-out labels with
// each factor removed in turn. The displayed score is the weighted sum through `calibrate`.
export const WEIGHTS: Readonly<FitFactors> = {
  semantic: 0.35,
  title: 0.3,
  seniority: 0.2,
  skills: 0.05,
  salary: 0.05,
  freshness: 0.05,
};

/** The share of the query's ceiling (see bm25.ts) that counts as a full text match; tuned on the
 * development labels only (tests/fixtures/rank/eval). */
export const TEXT_SCALE = 0.1;
/** Without collection statistics (a lone posting, a tiny database) the same pairs read this many
 * times higher: the median ratio measured on the tuning pools (`pnpm eval rank-tune`). */
export const NO_COLLECTION_FACTOR = 2.8;

const coreTokenCache = new WeakMap<TitleInfo, Set<string>>();
function coreTokens(t: TitleInfo): Set<string> {
  let s = coreTokenCache.get(t);
  if (!s) {
    s = new Set(tokens(t.core));
    coreTokenCache.set(t, s);
  }
  return s;
}

// Specialties inside one occupation: a backend engineer is not a fit for "Software Engineer,
// Android" although both titles say "software engineer".
const SPECIALTIES: Array<[string, RegExp]> = [
  ["frontend", /\b(frontend|front end|web|ui|react)\b/],
  ["backend", /\b(backend|back end|server|api|platform|distributed)\b/],
  ["mobile", /\b(ios|android|mobile)\b/],
  ["data", /\b(data|analytics|machine learning|ml|ai)\b/],
  ["ops", /\b(devops|sre|site reliability|reliability|cloud|infrastructure)\b/],
  ["test", /\b(qa|quality assurance|test|automation)\b/],
  ["embedded", /\b(embedded|firmware|hardware)\b/],
  ["security", /\b(security|cyber)\b/],
];

const specialtyCache = new WeakMap<TitleInfo, Set<string>>();
function specialties(t: TitleInfo): Set<string> {
  let out = specialtyCache.get(t);
  if (!out) {
    out = new Set<string>();
    for (const [name, re] of SPECIALTIES) if (re.test(t.clean)) out.add(name);
    specialtyCache.set(t, out);
  }
  return out;
}

/** Best match over the profile's titles: occupation family and shared title words (mostly of the
 * profile's title, a little of the posting's), older titles counting less than the current one,
 * and less when the two name different specialties of the same occupation. */
export function titleFit(mine: TitleInfo[], theirs: TitleInfo): number {
  if (mine.length === 0) return 0.5;
  const b = coreTokens(theirs);
  const theirSpecs = specialties(theirs);
  let best = 0;
  mine.forEach((t, i) => {
    const a = coreTokens(t);
    let inter = 0;
    for (const x of a) if (b.has(x)) inter++;
    const overlap = a.size === 0 || b.size === 0 ? 0 : 0.75 * (inter / a.size) + 0.25 * (inter / b.size);
    let f = 0.5 * familySimilarity(t.family, theirs.family) + 0.5 * overlap;
    const mySpecs = specialties(t);
    if (theirSpecs.size > 0 && mySpecs.size > 0 && ![...mySpecs].some((x) => theirSpecs.has(x))) f *= 0.7;
    if (i > 0) f *= 0.85;
    if (f > best) best = f;
  });
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

/** Text relevance: the posting's BM25F score for the profile's query, as a share of the query's ceiling. */
export function textFit(pf: ProfileFeatures, q: PostingFeatures): number {
  const scale = q.vector.collection && pf.query.collection ? TEXT_SCALE : TEXT_SCALE * NO_COLLECTION_FACTOR;
  return Math.max(0, Math.min(1, bm25Score(pf.query, q.vector) / pf.query.ceiling / scale));
}

export function computeFactors(pf: ProfileFeatures, q: PostingFeatures, today: number | null): FitFactors {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    semantic: r(textFit(pf, q)),
    skills: r(skillsFit(pf, q)),
    title: r(titleFit(pf.titles, q.title)),
    seniority: r(seniorityFit(pf.seniority, q.seniority)),
    salary: r(salaryFit(pf.profile.minSalary, pf.profile.currency, q.salary)),
    freshness: r(freshness(q.postedDay, today)),
  };
}

/** Raw weighted sums that map to 40 and 70 (`pnpm eval rank-tune`, tuning labels): 40 is the median
 * raw sum of postings judged not relevant, 70 the raw sum three quarters of the postings judged
 * "would apply" reach. Linear between, and from 0 → 0 and to 1 → 100 outside. */
export const CALIBRATION = { raw40: 0.5, raw70: 0.65 } as const;

/** The displayed 0–100 score of a raw weighted sum (monotone: ranking by either is the same). */
export function calibrate(raw: number): number {
  const { raw40, raw70 } = CALIBRATION;
  let s: number;
  if (raw <= raw40) s = (raw / raw40) * 40;
  else if (raw <= raw70) s = 40 + ((raw - raw40) / (raw70 - raw40)) * 30;
  else s = 70 + ((raw - raw70) / (1 - raw70)) * 30;
  return Math.max(0, Math.min(100, Math.round(s)));
}

export function rawScore(f: FitFactors): number {
  let s = 0;
  for (const k of Object.keys(WEIGHTS) as Array<keyof FitFactors>) s += WEIGHTS[k] * f[k];
  return s;
}

export function weightedScore(f: FitFactors): number {
  return calibrate(rawScore(f));
}
