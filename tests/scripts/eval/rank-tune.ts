import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FitFactors } from "@vanta/shared/fit";
import { bm25Score, CollectionStats } from "@vanta/shared/match/bm25";
import { CALIBRATION, calibrate, WEIGHTS } from "@vanta/shared/match/factors";
import { postingFeatures } from "@vanta/shared/match/features";
import { profileFeatures } from "@vanta/shared/match/profile-features";
import { makeRanker, prepareBatch } from "@vanta/shared/match/rank";
import { MatchProfile } from "@vanta/shared/profile";
import { CORPUS, corpusAvailable, loadCorpusPostings } from "./corpus.lib.ts";

// `pnpm eval rank-tune`: how the factor weights, the text scale and the score calibration in
// shared/src/match were chosen. Reads ONLY the tuning labels (tests/fixtures/rank/eval, judge 1);
// the held-out labels (tests/fixtures/rank/heldout) are never opened here.
// Grid search over weights and the text scale for mean(P@10, nDCG@10) on the tuning pools, then
// the raw weighted sums of label-2 and label-0 postings that anchor the 0–100 calibration.

const FIX = join(import.meta.dirname, "../../fixtures/rank");
const TODAY = "2026-03-01";
const PROFILES: Record<string, string> = {
  backend: join(FIX, "profile-backend.json"),
  "data-scientist": join(FIX, "eval/profile-data-scientist.json"),
  tpm: join(FIX, "eval/profile-tpm.json"),
  frontend: join(FIX, "eval/profile-frontend.json"),
  "product-manager": join(FIX, "eval/profile-product-manager.json"),
};

interface Item {
  label: number;
  ratio: number;
  f: FitFactors;
  passed: boolean;
}

function quality(pools: Item[][], score: (it: Item) => number): number {
  let sum = 0;
  for (const pool of pools) {
    const order = [...pool].sort((a, b) => score(b) - score(a));
    const top = order.slice(0, 10).map((x) => x.label);
    const ideal = pool
      .map((x) => x.label)
      .sort((a, b) => b - a)
      .slice(0, 10);
    const dcg = (g: number[]) => g.reduce((s, x, i) => s + (2 ** x - 1) / Math.log2(i + 2), 0);
    sum += (top.filter((l) => l >= 1).length / 10 + dcg(top) / dcg(ideal)) / 2;
  }
  return sum / pools.length;
}

export async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`corpus not found at ${CORPUS}: skipped`);
    return;
  }
  const postings = loadCorpusPostings();
  const byId = new Map(postings.map((p, i) => [p.id, i]));
  const stats = CollectionStats.of(postings);
  const batch = prepareBatch(postings, stats);
  const labels: Array<{ profile: string; corpusFile: string; rowId: string; label: number }> = JSON.parse(
    readFileSync(join(FIX, "eval/labels.json"), "utf8"),
  ).labels;
  const pools: Item[][] = [];
  const noCollection: number[] = [];
  for (const [name, file] of Object.entries(PROFILES)) {
    const ranker = makeRanker(MatchProfile.parse(JSON.parse(readFileSync(file, "utf8"))), stats, TODAY);
    const pool: Item[] = [];
    const alone = profileFeatures(ranker.profile.profile, undefined, 2026);
    for (const l of labels.filter((x) => x.profile === name)) {
      const i = byId.get(`${l.corpusFile}#${l.rowId}`);
      if (i === undefined) continue;
      const q = batch.features[i]!;
      const fit = ranker.score(q);
      const ratio = bm25Score(ranker.profile.query, q.vector) / ranker.profile.query.ceiling;
      pool.push({ label: l.label, ratio, f: fit.factors, passed: fit.passed });
      const lone = postingFeatures(postings[i]!);
      noCollection.push(bm25Score(alone.query, lone.vector) / alone.query.ceiling / ratio);
    }
    pools.push(pool);
  }
  const all = pools.flat();
  noCollection.sort((a, b) => a - b);
  console.log(
    `text ratio without collection statistics / with them: median ${noCollection[Math.floor(noCollection.length / 2)]!.toFixed(2)} (NO_COLLECTION_FACTOR)`,
  );
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]!;
  for (const l of [0, 1, 2]) {
    const r = all.filter((x) => x.label === l).map((x) => x.ratio);
    console.log(
      `text ratio, label ${l}: p25 ${q(r, 0.25).toFixed(3)} median ${q(r, 0.5).toFixed(3)} p75 ${q(r, 0.75).toFixed(3)}`,
    );
  }
  type W = FitFactors & { scale: number };
  const results: Array<{ w: W; v: number }> = [];
  for (const scale of [0.06, 0.08, 0.1, 0.12, 0.15])
    for (const semantic of [0.2, 0.3, 0.4, 0.5, 0.6])
      for (const title of [0.1, 0.2, 0.3, 0.4])
        for (const skills of [0, 0.05, 0.1, 0.2])
          for (const seniority of [0, 0.05, 0.1, 0.15])
            for (const freshness of [0, 0.05]) {
              const w: W = { scale, semantic, title, skills, seniority, salary: 0.05, freshness };
              const v = quality(
                pools,
                (it) =>
                  (it.passed ? 10 : 0) +
                  w.semantic * Math.min(1, it.ratio / scale) +
                  w.title * it.f.title +
                  w.skills * it.f.skills +
                  w.seniority * it.f.seniority +
                  w.freshness * it.f.freshness,
              );
              results.push({ w, v });
            }
  results.sort((a, b) => b.v - a.v);
  // round candidates that sum to 1 (the chosen one is in shared/src/match/factors.ts)
  for (const c of [
    { scale: 0.1, semantic: 0.35, title: 0.3, skills: 0.1, seniority: 0.15, salary: 0.05, freshness: 0.05 },
    { scale: 0.1, semantic: 0.35, title: 0.3, skills: 0.05, seniority: 0.2, salary: 0.05, freshness: 0.05 },
    { scale: 0.1, semantic: 0.4, title: 0.3, skills: 0.05, seniority: 0.15, salary: 0.05, freshness: 0.05 },
    { scale: 0.1, semantic: 0.3, title: 0.3, skills: 0.15, seniority: 0.15, salary: 0.05, freshness: 0.05 },
    { scale: 0.1, semantic: 0.35, title: 0.35, skills: 0, seniority: 0.2, salary: 0.05, freshness: 0.05 },
    { scale: 0.1, semantic: 0.4, title: 0.3, skills: 0, seniority: 0.2, salary: 0.05, freshness: 0.05 },
  ]) {
    const v = quality(
      pools,
      (it) =>
        (it.passed ? 10 : 0) +
        c.semantic * Math.min(1, it.ratio / c.scale) +
        c.title * it.f.title +
        c.skills * it.f.skills +
        c.seniority * it.f.seniority +
        c.freshness * it.f.freshness,
    );
    console.log(`candidate ${v.toFixed(4)}  ${JSON.stringify(c)}`);
  }
  console.log("best 10 of the grid (mean of P@10 and nDCG@10 on the tuning pools):");
  for (const r of results.slice(0, 10)) console.log(`  ${r.v.toFixed(4)}  ${JSON.stringify(r.w)}`);
  const sum = (it: Item) => {
    let s = 0;
    for (const k of Object.keys(WEIGHTS) as Array<keyof FitFactors>) s += WEIGHTS[k] * it.f[k];
    return s;
  };
  console.log("current WEIGHTS:", JSON.stringify(WEIGHTS));
  for (const l of [0, 1, 2]) {
    const r = all.filter((x) => x.label === l).map(sum);
    console.log(
      `raw weighted sum, label ${l} (n=${r.length}): p10 ${q(r, 0.1).toFixed(3)} p25 ${q(r, 0.25).toFixed(3)} median ${q(r, 0.5).toFixed(3)} p75 ${q(r, 0.75).toFixed(3)} p90 ${q(r, 0.9).toFixed(3)}`,
    );
  }
  // Calibration anchors: the raw sum that a quarter of the would-apply (label 2) postings fall
  // below maps to 70, the median raw sum of not-relevant (label 0) postings maps to 40.
  const raw2 = all.filter((x) => x.label === 2).map(sum);
  const raw0 = all.filter((x) => x.label === 0).map(sum);
  console.log(
    `calibration anchors (tuning labels): raw ${q(raw0, 0.5).toFixed(3)} -> 40, raw ${q(raw2, 0.25).toFixed(3)} -> 70; in use: ${JSON.stringify(CALIBRATION)}`,
  );
  const share = (xs: number[], f: (v: number) => boolean) =>
    ((100 * xs.map(calibrate).filter(f).length) / xs.length).toFixed(1);
  console.log(
    `  on the tuning labels: label 2 >= 70: ${share(raw2, (v) => v >= 70)}%; label 0 <= 40: ${share(raw0, (v) => v <= 40)}%`,
  );
}
