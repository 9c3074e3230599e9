import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPosting } from "@vanta/shared/capture/index";
import { clusterIndices, type DedupPosting, detectReposts, samePosting } from "@vanta/shared/dedup/cluster";
import { parseHTML } from "linkedom";
import { CORPUS, corpusAvailable } from "./corpus.lib.ts";
import { evalListing } from "./dedup-scale.lib.ts";

// `pnpm eval dedup [--all] [--judge]`: (1) the corpus's ground-truth cross-source pairs (a Built In
// page and the original ATS page of the same job), captured with our extractors and clustered:
// every pair must merge and nothing else may; (2) dedup at scale on a listing of thousands of real
// postings assembled from the corpus: merges by reason, precision of merges on a hand-judged
// sample (Wilson 95% intervals, dev and held-out halves apart) and the duplicate rate left
// (dedup-scale.lib.ts; `--judge` prints the sampled pairs that have no judgment yet).

const PAGES = join(CORPUS, "1-posting-pages");

interface Pair {
  builtin: string;
  source: string;
  title: string;
}

function pageUrls(): Map<string, string> {
  const f = join(import.meta.dirname, "capture-expected.json");
  const m = new Map<string, string>();
  if (!existsSync(f)) return m;
  const data = JSON.parse(readFileSync(f, "utf8")) as { pages?: Array<{ file: string; url: string }> };
  for (const p of data.pages ?? []) m.set(p.file, p.url);
  return m;
}

export async function main(args: string[]): Promise<void> {
  if (!corpusAvailable() || !existsSync(join(PAGES, "cross-source-pairs.json"))) {
    console.log(`corpus not found at ${CORPUS}: dedup eval skipped`);
    return;
  }
  const pairs = (JSON.parse(readFileSync(join(PAGES, "cross-source-pairs.json"), "utf8")) as { pairs: Pair[] }).pairs;
  const urls = pageUrls();
  const files = pairs.flatMap((p) => [p.builtin, p.source]);
  const postings: DedupPosting[] = [];
  for (const file of files) {
    const { document } = parseHTML(readFileSync(join(PAGES, file), "utf8"));
    const url = urls.get(file) ?? `https://example.invalid/${file}`;
    const p = extractPosting(document as unknown as Document, url);
    if (!p) {
      console.log(`capture failed: ${file}`);
      return;
    }
    postings.push(p);
  }
  const roots = clusterIndices(postings);
  let tp = 0;
  pairs.forEach((pair, k) => {
    const a = 2 * k;
    const b = a + 1;
    const ok = roots[a] === roots[b];
    if (ok) tp++;
    const v = samePosting(postings[a]!, postings[b]!);
    console.log(`${ok ? "merged " : "MISSED "} ${pair.title} (${pair.builtin} ~ ${pair.source}): ${v.reason}`);
  });
  let falseMerges = 0;
  for (let i = 0; i < files.length; i++)
    for (let j = i + 1; j < files.length; j++)
      if (roots[i] === roots[j] && Math.floor(i / 2) !== Math.floor(j / 2)) {
        falseMerges++;
        console.log(`FALSE MERGE ${files[i]} ~ ${files[j]}`);
      }
  console.log(
    `cross-source pairs: ${tp}/${pairs.length} merged, ${falseMerges} false merges among ${(files.length * (files.length - 1)) / 2} page pairs`,
  );

  await evalListing(args);
}
