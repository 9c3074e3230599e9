import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPosting } from "@vanta/shared/capture/index";
import { clusterIndices, type DedupPosting, detectReposts, samePosting } from "@vanta/shared/dedup/cluster";
import { parseHTML } from "linkedom";
import { CORPUS, corpusAvailable, loadCorpusPostings } from "./corpus.lib.ts";

// `pnpm eval dedup`: (1) the corpus's ground-truth cross-source pairs (a Built In page and the
// original ATS page of the same job), captured with our extractors and clustered: every pair
// must merge and nothing else may; (2) clustering of the real posting lists, with the merges
// printed for inspection.

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

  const listing = loadCorpusPostings();
  const t = performance.now();
  const lr = clusterIndices(listing);
  const ms = performance.now() - t;
  const groups = new Map<number, number[]>();
  for (const [i, r] of lr.entries()) groups.set(r, [...(groups.get(r) ?? []), i]);
  const multi = [...groups.values()].filter((g) => g.length > 1);
  const reposts = detectReposts(listing, lr).filter((x) => x !== null).length;
  console.log(
    `listings: ${listing.length} postings → ${groups.size} clusters (${multi.length} with duplicates, ${reposts} reposts) in ${ms.toFixed(0)} ms`,
  );
  for (const g of multi.slice(0, args.includes("--all") ? multi.length : 15))
    console.log(
      `  ${g.map((i) => `[${listing[i]!.source}] ${listing[i]!.title} @ ${listing[i]!.company} (${listing[i]!.locations[0] ?? "-"})`).join("  ~  ")}`,
    );
}
