import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rankPostings } from "@vanta/shared/match/rank";
import { MatchProfile } from "@vanta/shared/profile";
import { CORPUS, type CorpusPosting, corpusAvailable, loadCorpusPostings } from "./corpus.lib.ts";
import { randomRank, tfidfRank } from "./rank-baselines.lib.ts";

// `pnpm eval rank`: P@10 and nDCG@10 of the Vanta ranker on real corpus postings against
// hand-judged relevance labels (tests/fixtures/rank/eval/labels.json), next to a random
// order and a plain TF-IDF cosine. Relevant for P@10 = label >= 1; "strict" = label 2.

const FIX = join(import.meta.dirname, "../../fixtures/rank");
const PROFILES: Record<string, string> = {
  backend: join(FIX, "profile-backend.json"),
  "data-scientist": join(FIX, "eval/profile-data-scientist.json"),
  tpm: join(FIX, "eval/profile-tpm.json"),
  frontend: join(FIX, "eval/profile-frontend.json"),
  "product-manager": join(FIX, "eval/profile-product-manager.json"),
};
const TODAY = "2026-03-01";
const K = 10;

interface Label {
  profile: string;
  corpusFile: string;
  rowId: string;
  label: number;
}

interface Metrics {
  p10: number;
  strict: number;
  ndcg: number;
  unjudged: number;
}

function metrics(order: number[], postings: CorpusPosting[], labels: Map<string, number>): Metrics {
  const top = order.slice(0, K).map((i) => labels.get(postings[i]!.id));
  const gains = top.map((l) => l ?? 0);
  const ideal = [...labels.values()].sort((a, b) => b - a).slice(0, K);
  const dcg = (g: number[]) => g.reduce((s, x, i) => s + (2 ** x - 1) / Math.log2(i + 2), 0);
  return {
    p10: gains.filter((g) => g >= 1).length / K,
    strict: gains.filter((g) => g >= 2).length / K,
    ndcg: dcg(ideal) === 0 ? 0 : dcg(gains) / dcg(ideal),
    unjudged: top.filter((l) => l === undefined).length,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

export async function main(args: string[]): Promise<void> {
  if (!corpusAvailable()) {
    console.log(`corpus not found at ${CORPUS}: rank eval skipped (set VANTA_CORPUS to its folder)`);
    return;
  }
  const showUnjudged = args.includes("--show-unjudged");
  const postings = loadCorpusPostings();
  const all: Label[] = JSON.parse(readFileSync(join(FIX, "eval/labels.json"), "utf8")).labels;
  console.log(`postings: ${postings.length} real corpus postings; labels: ${all.length}; today=${TODAY}`);
  console.log(`${"profile".padEnd(16)} ${"system".padEnd(8)}  P@10  strict nDCG@10 unjudged`);
  const sums: Record<string, Metrics> = {};
  const add = (sys: string, m: Metrics) => {
    if (!sums[sys]) sums[sys] = { p10: 0, strict: 0, ndcg: 0, unjudged: 0 };
    const s = sums[sys];
    s.p10 += m.p10;
    s.strict += m.strict;
    s.ndcg += m.ndcg;
    s.unjudged += m.unjudged;
  };
  const names = Object.keys(PROFILES);
  for (const name of names) {
    const labels = new Map(all.filter((l) => l.profile === name).map((l) => [`${l.corpusFile}#${l.rowId}`, l.label]));
    const profile = MatchProfile.parse(JSON.parse(readFileSync(PROFILES[name]!, "utf8")));
    const vanta = rankPostings(profile, postings, TODAY).map((r) => r.index);
    const tfidf = tfidfRank(profile.resumeText, postings);
    const runs = Array.from({ length: 20 }, (_, s) => metrics(randomRank(postings.length, s + 1), postings, labels));
    const random: Metrics = {
      p10: runs.reduce((a, m) => a + m.p10, 0) / runs.length,
      strict: runs.reduce((a, m) => a + m.strict, 0) / runs.length,
      ndcg: runs.reduce((a, m) => a + m.ndcg, 0) / runs.length,
      unjudged: runs.reduce((a, m) => a + m.unjudged, 0) / runs.length,
    };
    for (const [sys, m] of [
      ["vanta", metrics(vanta, postings, labels)],
      ["tfidf", metrics(tfidf, postings, labels)],
      ["random", random],
    ] as const) {
      add(sys, m);
      console.log(
        `${name.padEnd(16)} ${sys.padEnd(8)} ${pct(m.p10)} ${pct(m.strict)} ${pct(m.ndcg)} ${m.unjudged.toFixed(1).padStart(5)}`,
      );
    }
    if (showUnjudged)
      for (const i of vanta.slice(0, K))
        if (!labels.has(postings[i]!.id)) console.log(`   unjudged: ${postings[i]!.id} ${postings[i]!.title}`);
  }
  for (const sys of ["vanta", "tfidf", "random"]) {
    const s = sums[sys]!;
    const n = names.length;
    console.log(
      `${"MEAN".padEnd(16)} ${sys.padEnd(8)} ${pct(s.p10 / n)} ${pct(s.strict / n)} ${pct(s.ndcg / n)} ${(s.unjudged / n).toFixed(1).padStart(5)}`,
    );
  }
}
