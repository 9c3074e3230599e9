import type { SalaryInfo } from "../fit.ts";
import { SENIORITY_RANK } from "../normalize/seniority.ts";
import { parseTitle, type TitleInfo } from "../normalize/title.ts";
import type { Posting } from "../posting.ts";
import { placeParts } from "./location.ts";
import { annualize } from "./salary.ts";

// Salary estimate for a posting that states none: the interquartile range of stated
// salaries of similar postings. Tiers relax from same title+level+place to same family,
// nearby level, any place; the first tier with enough samples wins. Always labeled estimate.

const MIN_SAMPLES = 3;

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

function placeKey(p: Posting): { city: string | null; country: string | null } {
  const parts = p.locations[0] ? placeParts(p.locations[0]) : [];
  return { city: parts[0] ?? null, country: parts.length > 1 ? parts[parts.length - 1]! : null };
}

// parsed once per posting object: estimating for every posting of a batch reuses them
const parsed = new WeakMap<Posting, { title: TitleInfo; place: ReturnType<typeof placeKey> }>();
function parsedOf(p: Posting) {
  let v = parsed.get(p);
  if (!v) {
    v = { title: parseTitle(p.title), place: placeKey(p) };
    parsed.set(p, v);
  }
  return v;
}

export function estimateSalary(target: Posting, similar: Posting[]): SalaryInfo | null {
  const t = parseTitle(target.title);
  const tp = placeKey(target);
  const cands = similar
    .filter((p) => p !== target && p.salary)
    .map((p) => ({ p, ...parsedOf(p), pay: annualize(p.salary)! }))
    .filter((c) => c.pay.min !== null || c.pay.max !== null);
  const lvl = (a: typeof t.seniority, b: typeof t.seniority, d: number) =>
    a === null || b === null ? d >= 1 : Math.abs(SENIORITY_RANK[a] - SENIORITY_RANK[b]) <= d;
  const tiers: Array<(c: (typeof cands)[number]) => boolean> = [
    (c) => c.title.core === t.core && lvl(c.title.seniority, t.seniority, 0) && c.place.city === tp.city,
    (c) =>
      c.title.core === t.core &&
      lvl(c.title.seniority, t.seniority, 1) &&
      (c.place.country === tp.country || c.place.city === tp.city),
    (c) =>
      c.title.family === t.family &&
      lvl(c.title.seniority, t.seniority, 1) &&
      (c.place.country === tp.country || c.place.city === tp.city),
    (c) => c.title.family === t.family && lvl(c.title.seniority, t.seniority, 1),
  ];
  for (const tier of tiers) {
    const hits = cands.filter(tier);
    if (hits.length < MIN_SAMPLES) continue;
    const byCur = new Map<string, number>();
    for (const h of hits) byCur.set(h.pay.currency, (byCur.get(h.pay.currency) ?? 0) + 1);
    const currency = [...byCur.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const mids = hits
      .filter((h) => h.pay.currency === currency)
      .map((h) => ((h.pay.min ?? h.pay.max!) + (h.pay.max ?? h.pay.min!)) / 2)
      .sort((a, b) => a - b);
    if (mids.length < MIN_SAMPLES) continue;
    return {
      min: Math.round(quantile(mids, 0.25)),
      max: Math.round(quantile(mids, 0.75)),
      currency,
      period: "year",
      estimate: true,
      sampleSize: mids.length,
    };
  }
  return null;
}
