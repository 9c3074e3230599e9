import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FitFactors } from "@vanta/shared/fit";
import { CollectionStats } from "@vanta/shared/match/bm25";
import { WEIGHTS } from "@vanta/shared/match/factors";
import { makeRanker, prepareBatch } from "@vanta/shared/match/rank";
import { MatchProfile } from "@vanta/shared/profile";
import { CORPUS, type CorpusPosting, corpusAvailable, loadCorpusPostings } from "./corpus.lib.ts";
import { randomRank, tfidfScores } from "./rank-baselines.lib.ts";

// `pnpm eval rank`: how well Vanta orders real corpus postings for a person, against
// hand-judged relevance labels, beside a plain TF-IDF cosine and a random order.
//
// Two label sets, split BEFORE any tuning, by profile and by judge:
// - tune (dev): tests/fixtures/rank/eval/labels.json — first judge, 5 tech profiles; every
//   weight and scale in shared/src/match was chosen looking at these only.
// - held-out: tests/fixtures/rank/heldout/labels.json — second judge, 5 resume-only profiles of
//   other kinds of roles (analyst, sales, design, recruiting) and a software engineer whose resume
//   lists employer before title; judged before any ranker ran on them; never used for tuning.
//
// Protocol (like the unseen-data measurement in issue 10): each profile's judged postings form
// its pool; a system orders the pool; P@10 = share of the top 10 judged relevant (label ≥ 1),
// "fit@10" = share judged a role the person would apply to (label 2), nDCG@10 with gain 2^l − 1.
// BM25 and TF-IDF statistics come from the whole collection (1,797 postings), not the pool.
// 95% intervals: 2,000 bootstrap replicates, each resampling profiles with replacement and, within
// each drawn profile, its judged postings with replacement (pool size kept). Ablation: the full score with one factor's weight set to 0.

const FIX = join(import.meta.dirname, "../../fixtures/rank");
const TODAY = "2026-03-01";
const K = 10;
const REPLICATES = 2000;

interface LabelSet {
  name: string;
  labelsFile: string;
  profiles: Record<string, string>;
}

const SETS: LabelSet[] = [
  {
    name: "tune (judge 1)",
    labelsFile: join(FIX, "eval/labels.json"),
    profiles: {
      backend: join(FIX, "profile-backend.json"),
      "data-scientist": join(FIX, "eval/profile-data-scientist.json"),
      tpm: join(FIX, "eval/profile-tpm.json"),
      frontend: join(FIX, "eval/profile-frontend.json"),
      "product-manager": join(FIX, "eval/profile-product-manager.json"),
    },
  },
  {
    name: "held-out (judge 2)",
    labelsFile: join(FIX, "heldout/labels.json"),
    profiles: Object.fromEntries(
      ["data-analyst", "account-executive", "product-designer", "recruiter", "software-engineer"].map((n) => [
        n,
        join(FIX, `heldout/profile-${n}.json`),
      ]),
    ),
  },
];

interface Label {
  profile: string;
  corpusFile: string;
  rowId: string;
  label: number;
}

interface Metrics {
  p10: number;
  fit10: number;
  ndcg: number;
}

/** One profile's pool: corpus indices, their labels, and each system's score per pool item. */
interface Pool {
  profile: string;
  idx: number[];
  labels: number[];
  systems: Map<string, number[]>;
  scores: number[];
  derived: string;
}

const FACTORS = Object.keys(WEIGHTS) as Array<keyof FitFactors>;

function weighted(f: FitFactors, drop: keyof FitFactors | null): number {
  let s = 0;
  for (const k of FACTORS) if (k !== drop) s += WEIGHTS[k] * f[k];
  return s;
}

function metricsOf(order: number[], labels: number[]): Metrics {
  const top = order.slice(0, K).map((i) => labels[i]!);
  const ideal = [...labels].sort((a, b) => b - a).slice(0, K);
  const dcg = (g: number[]) => g.reduce((s, x, i) => s + (2 ** x - 1) / Math.log2(i + 2), 0);
  const n = Math.min(K, labels.length);
  return {
    p10: top.filter((g) => g >= 1).length / n,
    fit10: top.filter((g) => g >= 2).length / n,
    ndcg: dcg(ideal) === 0 ? 0 : dcg(top) / dcg(ideal),
  };
}

/** Order of `members` (positions in the pool) by descending score, ties by position. */
function orderBy(scores: number[], members: number[]): number[] {
  return [...members].sort((a, b) => scores[b]! - scores[a]! || a - b);
}

function evalPool(pool: Pool, system: string, members: number[], seed: number): Metrics {
  const labels = members.map((m) => pool.labels[m]!);
  if (system === "random") {
    const runs = Array.from({ length: 20 }, (_, s) => metricsOf(randomRank(members.length, seed * 31 + s), labels));
    return {
      p10: runs.reduce((a, m) => a + m.p10, 0) / runs.length,
      fit10: runs.reduce((a, m) => a + m.fit10, 0) / runs.length,
      ndcg: runs.reduce((a, m) => a + m.ndcg, 0) / runs.length,
    };
  }
  const s = pool.systems.get(system)!;
  const local = members.map((m) => s[m]!);
  return metricsOf(
    orderBy(
      local,
      members.map((_, i) => i),
    ),
    labels,
  );
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
}

function interval(xs: number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor(0.025 * (s.length - 1))]!, s[Math.ceil(0.975 * (s.length - 1))]!];
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`;

function report(setName: string, pools: Pool[], systems: string[]): void {
  console.log(
    `\n== ${setName}: ${pools.length} profiles, ${pools.reduce((a, p) => a + p.idx.length, 0)} judged postings`,
  );
  for (const p of pools)
    console.log(`   ${p.profile.padEnd(18)} pool ${String(p.idx.length).padStart(3)}  ${p.derived}`);
  console.log(
    `${"system".padEnd(18)} ${"P@10".padEnd(19)} ${"fit@10".padEnd(19)} ${"nDCG@10".padEnd(19)}  (mean over profiles [95% CI])`,
  );
  const rnd = mulberry(7);
  for (const sys of systems) {
    const point = pools.map((p) =>
      evalPool(
        p,
        sys,
        p.idx.map((_, i) => i),
        1,
      ),
    );
    const boots: Metrics[] = [];
    for (let r = 0; r < REPLICATES; r++) {
      const ms: Metrics[] = [];
      for (let j = 0; j < pools.length; j++) {
        const p = pools[Math.floor(rnd() * pools.length)]!;
        const members = p.idx.map(() => Math.floor(rnd() * p.idx.length));
        ms.push(evalPool(p, sys, members, r + 2));
      }
      boots.push({
        p10: mean(ms.map((m) => m.p10)),
        fit10: mean(ms.map((m) => m.fit10)),
        ndcg: mean(ms.map((m) => m.ndcg)),
      });
    }
    const cell = (k: keyof Metrics) => {
      const [lo, hi] = interval(boots.map((b) => b[k]));
      return `${pct(mean(point.map((m) => m[k])))} [${pct(lo)}–${pct(hi)}]`.padEnd(19);
    };
    console.log(`${sys.padEnd(18)} ${cell("p10")} ${cell("fit10")} ${cell("ndcg")}`);
  }
  // per profile, full system and the baselines
  console.log(`${"profile".padEnd(18)} ${"vanta P@10".padEnd(11)} ${"tfidf".padEnd(6)} random`);
  for (const p of pools) {
    const all = p.idx.map((_, i) => i);
    console.log(
      `${p.profile.padEnd(18)} ${pct(evalPool(p, "vanta", all, 1).p10).padEnd(11)} ${pct(evalPool(p, "tfidf", all, 1).p10).padEnd(6)} ${pct(evalPool(p, "random", all, 1).p10)}`,
    );
  }
  // calibration: the displayed 0–100 score against the judgments
  const byLabel = [0, 1, 2].map((l) => pools.flatMap((p) => p.scores.filter((_, i) => p.labels[i] === l)));
  const share = (xs: number[], f: (x: number) => boolean) => (xs.length ? xs.filter(f).length / xs.length : 0);
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(
    `calibration: would apply (label 2, n=${byLabel[2]!.length}) scored >= 70: ${pct(share(byLabel[2]!, (x) => x >= 70))}%, median ${med(byLabel[2]!)}; ` +
      `adjacent (label 1, n=${byLabel[1]!.length}) median ${med(byLabel[1]!)}; ` +
      `not relevant (label 0, n=${byLabel[0]!.length}) scored <= 40: ${pct(share(byLabel[0]!, (x) => x <= 40))}%, median ${med(byLabel[0]!)}`,
  );
}

export async function main(args: string[]): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`corpus not found at ${CORPUS}: rank eval skipped (set VANTA_CORPUS to its folder)`);
    return;
  }
  const only = args.find((a) => a.startsWith("--set="))?.slice(6);
  const postings: CorpusPosting[] = loadCorpusPostings();
  const byId = new Map(postings.map((p, i) => [p.id, i]));
  const stats = CollectionStats.of(postings);
  const batch = prepareBatch(postings, stats);
  console.log(`collection: ${postings.length} real corpus postings (BM25/TF-IDF statistics); today=${TODAY}`);
  const systems = ["vanta", ...FACTORS.map((f) => `  − ${f}`), "text (BM25) only", "tfidf", "random"];
  for (const set of SETS) {
    if (only && !set.name.startsWith(only)) continue;
    const labels: Label[] = JSON.parse(readFileSync(set.labelsFile, "utf8")).labels;
    const pools: Pool[] = [];
    for (const [name, file] of Object.entries(set.profiles)) {
      const profile = MatchProfile.parse(JSON.parse(readFileSync(file, "utf8")));
      const mine = labels.filter((l) => l.profile === name);
      const idx: number[] = [];
      const labs: number[] = [];
      for (const l of mine) {
        const i = byId.get(`${l.corpusFile}#${l.rowId}`);
        if (i === undefined) continue;
        idx.push(i);
        labs.push(l.label);
      }
      const ranker = makeRanker(profile, stats, TODAY);
      const fits = idx.map((i) => ranker.score(batch.features[i]!));
      // failing a hard filter sorts a posting after every passing one (as in the feed)
      const sys = (f: (k: number) => number) => fits.map((q, k) => (q.passed ? 10 : 0) + f(k));
      const tf = tfidfScores(profile.resumeText, postings);
      const systemScores = new Map<string, number[]>([
        ["vanta", sys((k) => weighted(fits[k]!.factors, null))],
        ["text (BM25) only", fits.map((q) => q.factors.semantic)],
        ["tfidf", idx.map((i) => tf[i]!)],
      ]);
      for (const f of FACTORS)
        systemScores.set(
          `  − ${f}`,
          sys((k) => weighted(fits[k]!.factors, f)),
        );
      const pf = ranker.profile;
      const derived = pf.derived.titles
        ? `derived: titles ${JSON.stringify(pf.titles.map((t) => t.clean))}, ${pf.seniority ?? "no level"}, ${pf.years ?? "?"} years`
        : "titles given";
      pools.push({
        profile: name,
        idx,
        labels: labs,
        systems: systemScores,
        scores: fits.map((f) => f.score),
        derived,
      });
    }
    report(set.name, pools, systems);
  }
}
