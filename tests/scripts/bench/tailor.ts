import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Posting } from "@vanta/shared/posting";
import { JsonResume } from "@vanta/shared/resume/schema";
import { atsScore } from "@vanta/shared/tailor/ats";
import { draftCoverLetter } from "@vanta/shared/tailor/cover-letter";
import { tailorResume } from "@vanta/shared/tailor/tailor";
import { corpusAvailable, loadCorpusPostings } from "../eval/corpus.lib.ts";

// `pnpm bench tailor`: the offline Resume Tailor (matcher evidence, selection, rewording, checker,
// provenance) + the ATS score for one resume against each posting, one core. Goal: ≤ 1 s per posting.
// Also the cover letter draft, reported separately.

const FIXTURES = join(import.meta.dirname, "../../fixtures/tailor");

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export async function main(_args: string[]): Promise<void> {
  const resume = JsonResume.parse(JSON.parse(readFileSync(join(FIXTURES, "resume.json"), "utf8")));
  let postings: Posting[];
  if (corpusAvailable()) postings = loadCorpusPostings().slice(0, 300);
  else {
    console.error("corpus not found: benchmarking on the fixture posting, repeated");
    const p = JSON.parse(readFileSync(join(FIXTURES, "posting.json"), "utf8")) as Posting;
    postings = Array.from({ length: 100 }, (_, i) => ({ ...p, title: `${p.title} ${i}` }));
  }
  // warm-up: vocabularies and regexes compile on first use
  tailorResume(resume, postings[0]!);
  const tailor: number[] = [];
  const letter: number[] = [];
  for (const p of postings) {
    let t = performance.now();
    tailorResume(resume, p);
    atsScore(resume, p);
    tailor.push(performance.now() - t);
    t = performance.now();
    draftCoverLetter(resume, p);
    letter.push(performance.now() - t);
  }
  const show = (label: string, xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    console.log(
      `${label.padEnd(28)} mean ${mean.toFixed(1)} ms  p50 ${quantile(s, 0.5).toFixed(1)} ms  p95 ${quantile(s, 0.95).toFixed(1)} ms  max ${s.at(-1)!.toFixed(1)} ms`,
    );
  };
  console.log(
    `bench tailor: ${postings.length} postings (${corpusAvailable() ? "corpus" : "fixture"}), fixture resume, one core`,
  );
  show("tailor + ATS score", tailor);
  show("cover letter draft", letter);
  const over = tailor.filter((ms) => ms > 1000).length;
  console.log(`postings over the 1 s goal: ${over} of ${postings.length}`);
}
