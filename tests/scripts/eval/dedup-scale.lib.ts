import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterWithReasons, detectReposts, MERGE_RULES, type MergeRule } from "@vanta/shared/dedup/cluster";
import { normalizeCompany } from "@vanta/shared/dedup/company";
import { fingerprint, titleKey } from "@vanta/shared/dedup/fingerprint";
import { canonicalUrl } from "@vanta/shared/dedup/url";
import { fnv1a } from "@vanta/shared/hash";
import type { CorpusPosting } from "./corpus.lib.ts";
import { loadDedupListing } from "./dedup-listing.lib.ts";
import { wilson } from "./stats.lib.ts";

// Dedup at scale on the corpus listing (dedup-listing.lib.ts). Protocol:
// - Sample: per merge rule, the PER_RULE merges (pairs the rule matched) with the smallest
//   fnv1a(idA|idB) — fixed by the ids alone, so the sample does not move when the code changes
//   unless the merges do — and NEAR_MISS pairs left apart although company and title key agree
//   (where a missed duplicate would hide). Each was judged by hand from title, company, places,
//   URL and text: tests/fixtures/dedup/judged.json (ids only, no corpus text).
// - Precision of merges: per rule, and overall weighted by each rule's share of all merges;
//   Wilson 95% intervals. Split by company (fnv1a of the normalized name, odd = held-out): no
//   threshold was tuned on this listing (they predate it); the halves are reported apart anyway.
// - Duplicate rate left: share of clusters estimated to still have a duplicate = (share of judged
//   near-miss pairs that are duplicates) × (clusters in some near-miss pair) / clusters. It only
//   sees duplicates whose company and title key agree (a renamed copy is not counted).
// - Baselines: URL/board id only, and exact fingerprint (company|title|primary city) + URL.

const JUDGED = join(import.meta.dirname, "../../fixtures/dedup/judged.json");
const PER_RULE = 15;
const NEAR_MISS = 20;

interface Judged {
  merges: Array<{ a: string; b: string; rule: MergeRule; verdict: "right" | "wrong"; note?: string }>;
  nearMisses: Array<{ a: string; b: string; verdict: "duplicate" | "distinct"; note?: string }>;
}

const pct = (x: number) => `${(100 * Math.max(0, x)).toFixed(1)}%`;
const interval = (k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `${k}/${n} = ${n ? pct(k / n) : "-"} [${pct(lo)}, ${pct(hi)}]`;
};
const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const heldOut = (p: CorpusPosting) => fnv1a(normalizeCompany(p.company)) % 2 === 1;

function countClusters(n: number, keyOf: (i: number) => string[]): number {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const first = new Map<string, number>();
  for (let i = 0; i < n; i++)
    for (const k of keyOf(i)) {
      const f = first.get(k);
      if (f === undefined) first.set(k, i);
      else parent[find(i)] = find(f);
    }
  let c = 0;
  for (let i = 0; i < n; i++) if (find(i) === i) c++;
  return c;
}

function describe(p: CorpusPosting): string {
  const text = p.description.replace(/\s+/g, " ").slice(0, 160);
  return `${p.title} @ ${p.company} [${p.locations.join("; ") || "-"}] ${p.url}${text ? `\n        "${text}"` : ""}`;
}

export async function evalListing(args: string[]): Promise<void> {
  const listing = loadDedupListing();
  const t = performance.now();
  const { roots, reasons } = clusterWithReasons(listing);
  const ms = performance.now() - t;
  const clusters = new Set(roots).size;
  const reposts = detectReposts(listing, roots).filter((x) => x !== null).length;
  console.log(
    `\nlisting: ${listing.length} real postings (${[...new Set(listing.map((p) => p.source))].length} sources) → ${clusters} clusters, ${listing.length - clusters} merged, ${reposts} reposts, in ${ms.toFixed(0)} ms`,
  );

  // merges by reason
  const merges = listing.flatMap((_, i) => {
    const r = reasons[i];
    return r ? [{ ...r, ida: listing[r.a]!.id, idb: listing[r.b]!.id }] : [];
  });
  console.log("merges by reason:");
  for (const rule of MERGE_RULES) {
    const m = merges.filter((x) => x.rule === rule);
    const sims = m.flatMap((x) => (x.similarity === undefined ? [] : [x.similarity])).sort((a, b) => a - b);
    const simText = sims.length
      ? ` (similarity min ${sims[0]?.toFixed(2)}, median ${sims[Math.floor(sims.length / 2)]?.toFixed(2)})`
      : "";
    console.log(`  ${rule.padEnd(11)} ${String(m.length).padStart(5)}${simText}`);
  }

  // baselines
  const urlOnly = countClusters(listing.length, (i) => {
    const p = listing[i]!;
    const u = canonicalUrl(p.url);
    return [...(p.sourceId ? [`s:${p.source}:${p.sourceId}`] : []), ...(u ? [`u:${u}`] : [])];
  });
  const fpOnly = countClusters(listing.length, (i) => {
    const p = listing[i]!;
    const u = canonicalUrl(p.url);
    return [`f:${fingerprint(p)}`, ...(u ? [`u:${u}`] : [])];
  });
  console.log(
    `baselines: URL/board id only → ${urlOnly} clusters; exact fingerprint (company|title|city) + URL → ${fpOnly}; Vanta → ${clusters}`,
  );

  // the sample
  const byRule = new Map<MergeRule, typeof merges>();
  for (const m of merges) byRule.set(m.rule, [...(byRule.get(m.rule) ?? []), m]);
  const sample = [...byRule.values()].flatMap((ms) =>
    [...ms].sort((x, y) => fnv1a(pairKey(x.ida, x.idb)) - fnv1a(pairKey(y.ida, y.idb))).slice(0, PER_RULE),
  );
  const index = new Map(listing.map((p, i) => [p.id, i]));
  const blocks = new Map<string, number[]>();
  listing.forEach((p, i) => {
    const k = `${normalizeCompany(p.company)}|${titleKey(p.title)}`;
    blocks.set(k, [...(blocks.get(k) ?? []), i]);
  });
  const near: Array<[number, number]> = [];
  const inNearMiss = new Set<number>();
  for (const members of blocks.values())
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        if (roots[i] === roots[j]) continue;
        near.push([i, j]);
        inNearMiss.add(roots[i]!).add(roots[j]!);
      }
  const nearSample = near
    .map(([i, j]) => [listing[i]!.id, listing[j]!.id] as const)
    .sort((x, y) => fnv1a(pairKey(...x)) - fnv1a(pairKey(...y)))
    .slice(0, NEAR_MISS);

  const judged: Judged = existsSync(JUDGED)
    ? (JSON.parse(readFileSync(JUDGED, "utf8")) as Judged)
    : { merges: [], nearMisses: [] };
  const verdict = new Map(judged.merges.map((j) => [pairKey(j.a, j.b), j.verdict]));
  const nearVerdict = new Map(judged.nearMisses.map((j) => [pairKey(j.a, j.b), j.verdict]));
  const unjudged = sample.filter((m) => !verdict.has(pairKey(m.ida, m.idb)));
  const unjudgedNear = nearSample.filter((p) => !nearVerdict.has(pairKey(...p)));
  if (args.includes("--judge")) {
    for (const m of unjudged)
      console.log(
        `JUDGE merge ${m.rule}${m.similarity !== undefined ? ` ${m.similarity}` : ""}\n  a ${m.ida}\n    ${describe(listing[m.a]!)}\n  b ${m.idb}\n    ${describe(listing[m.b]!)}`,
      );
    for (const [a, b] of unjudgedNear)
      console.log(
        `JUDGE near-miss\n  a ${a}\n    ${describe(listing[index.get(a)!]!)}\n  b ${b}\n    ${describe(listing[index.get(b)!]!)}`,
      );
  }
  if (unjudged.length || unjudgedNear.length)
    console.log(
      `sample: ${unjudged.length} merges and ${unjudgedNear.length} near-miss pairs have no judgment (run with --judge to list them)`,
    );

  // precision of merges
  console.log(`precision of merges (hand-judged sample, ${PER_RULE} per rule; Wilson 95%):`);
  for (const [label, keep] of [
    ["all", () => true],
    ["dev half", (i: number) => !heldOut(listing[i]!)],
    ["held-out half", (i: number) => heldOut(listing[i]!)],
  ] as const) {
    let weighted = 0;
    let weight = 0;
    const parts: string[] = [];
    for (const rule of MERGE_RULES) {
      const js = sample.filter((m) => m.rule === rule && keep(m.a) && verdict.has(pairKey(m.ida, m.idb)));
      if (!js.length) continue;
      const right = js.filter((m) => verdict.get(pairKey(m.ida, m.idb)) === "right").length;
      parts.push(`${rule} ${interval(right, js.length)}`);
      const share = byRule.get(rule)?.length ?? 0;
      weighted += share * (right / js.length);
      weight += share;
    }
    const js = sample.filter((m) => keep(m.a) && verdict.has(pairKey(m.ida, m.idb)));
    const right = js.filter((m) => verdict.get(pairKey(m.ida, m.idb)) === "right").length;
    console.log(
      `  ${label}: ${interval(right, js.length)} of judged merges; weighted by rule share ${weight ? pct(weighted / weight) : "-"}`,
    );
    console.log(`    ${parts.join("; ")}`);
  }
  for (const m of sample)
    if (verdict.get(pairKey(m.ida, m.idb)) === "wrong")
      console.log(
        `  WRONG ${m.rule}: ${listing[m.a]!.title} @ ${listing[m.a]!.company} ~ ${listing[m.b]!.title} [${listing[m.b]!.locations.join("; ")}] — ${judged.merges.find((j) => pairKey(j.a, j.b) === pairKey(m.ida, m.idb))?.note ?? ""}`,
      );

  // duplicate rate left
  const nj = nearSample.filter((p) => nearVerdict.has(pairKey(...p)));
  const dups = nj.filter((p) => nearVerdict.get(pairKey(...p)) === "duplicate").length;
  const [lo, hi] = wilson(dups, nj.length);
  const rate = (x: number) => pct((x * inNearMiss.size) / clusters);
  console.log(
    `duplicate rate left: ${near.length} near-miss pairs (same company and title key, kept apart) over ${inNearMiss.size} clusters; judged ${interval(dups, nj.length)} duplicates → ~${nj.length ? rate(dups / nj.length) : "-"} of ${clusters} clusters [${rate(lo)}, ${rate(hi)}] (before dedup: ${pct((listing.length - urlOnly) / listing.length)} of postings were exact URL/id copies)`,
  );
}
