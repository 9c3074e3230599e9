import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePostingLines } from "@vanta/shared/match/input";
import { makeRanker, prepareBatch } from "@vanta/shared/match/rank";
import { fitFromFeatures } from "@vanta/shared/match/score";
import type { Posting } from "@vanta/shared/posting";
import { MatchProfile, type MatchProfile as Profile } from "@vanta/shared/profile";
import { corpusAvailable, loadCorpusPostings } from "../eval/corpus.lib.ts";

// `pnpm bench rank`: postings scored per second on one core with precomputed posting
// features (the daily feed path), plus the one-off costs around it.

const FIXTURES = join(import.meta.dirname, "../../fixtures/rank");

function perSec(n: number, ms: number): string {
  return Math.round((n / ms) * 1000).toLocaleString("en-US");
}

export async function main(_args: string[]): Promise<void> {
  let postings: Posting[];
  if (corpusAvailable()) postings = loadCorpusPostings();
  else {
    console.error("corpus not found: benchmarking on the small fixture set, repeated");
    const lines = parsePostingLines(readFileSync(join(FIXTURES, "postings.jsonl"), "utf8"));
    const base = lines.flatMap((l) => (l.ok ? [l.posting] : []));
    postings = Array.from({ length: 2000 }, (_, i) => ({
      ...base[i % base.length]!,
      title: `${base[i % base.length]!.title} ${i}`,
    }));
  }
  const profile: Profile = MatchProfile.parse(JSON.parse(readFileSync(join(FIXTURES, "profile-backend.json"), "utf8")));

  let t = performance.now();
  const batch = prepareBatch(postings);
  const prepMs = performance.now() - t;

  t = performance.now();
  const ranker = makeRanker(profile, batch.stats, "2026-01-15");
  const profileMs = performance.now() - t;

  // warm up, then score the batch repeatedly for a stable figure
  for (const q of batch.features) ranker.score(q);
  const rounds = Math.max(1, Math.ceil(300_000 / batch.features.length));
  let sink = 0;
  t = performance.now();
  for (let r = 0; r < rounds; r++) for (const q of batch.features) sink += ranker.score(q).score;
  const scoreMs = performance.now() - t;
  const scored = rounds * batch.features.length;

  const sample = batch.features.slice(0, 500);
  t = performance.now();
  for (const q of sample) sink += fitFromFeatures(ranker.profile, q, { today: "2026-01-15" }).score;
  const fullMs = performance.now() - t;

  console.log(`postings: ${postings.length} (${corpusAvailable() ? "corpus" : "fixtures"})`);
  console.log(`feature extraction (ingest, once per posting): ${perSec(postings.length, prepMs)} postings/s`);
  console.log(`profile preparation: ${profileMs.toFixed(1)} ms`);
  console.log(
    `fast path score + hard filters: ${perSec(scored, scoreMs)} postings scored/s (${scored.toLocaleString("en-US")} scored)`,
  );
  console.log(`full fit with requirement evidence: ${perSec(sample.length, fullMs)} postings/s`);
  if (sink === -1) console.log("");
}
