import { placeParts } from "../match/location.ts";
import { seniorityFromTitle } from "../normalize/seniority.ts";
import type { Posting } from "../posting.ts";
import { normalizeCompany } from "./company.ts";
import { titleKey } from "./fingerprint.ts";
import { containment, jaccard, type Signature, signature } from "./minhash.ts";
import { canonicalUrl } from "./url.ts";

// One cluster per real job. Two postings are the same job when they share (source, sourceId),
// or a canonical URL, or — across sources — the same normalized company, near-identical
// title, compatible locations, and descriptions that MinHash says are near-duplicates.

export type DedupPosting = Pick<
  Posting,
  "title" | "company" | "locations" | "remote" | "description" | "source" | "url"
> &
  Partial<Pick<Posting, "sourceId" | "postedAt">>;

export const TITLE_MIN = 0.8;
export const TEXT_JACCARD_MIN = 0.5;
export const TEXT_CONTAINMENT_MIN = 0.75;
/** below this many shingles a description says too little to confirm or refute identity */
const SHORT_TEXT = 25;

class UnionFind {
  readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // the earliest input index stays the root, so cluster ids are stable
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

interface Prepared {
  company: string;
  titleTokens: Set<string>;
  title: string;
  cities: Set<string>;
  remoteOnly: boolean;
  level: string | null;
  description: string;
  /** MinHash signature, computed on first use: most pairs are decided before the text */
  sig: Signature | null;
}

/** Per-call caches: listings repeat companies, titles and places thousands of times. */
class Memo {
  private readonly maps = new Map<string, Map<string, unknown>>();
  get<T>(kind: string, key: string, make: (k: string) => T): T {
    let m = this.maps.get(kind);
    if (!m) {
      m = new Map();
      this.maps.set(kind, m);
    }
    if (m.has(key)) return m.get(key) as T;
    const v = make(key);
    m.set(key, v);
    return v;
  }
}

const cityOf = (l: string) => placeParts(l)[0] ?? "";

function prepare(p: DedupPosting, memo = new Memo()): Prepared {
  const title = memo.get("title", p.title, titleKey);
  const cities = new Set(
    p.locations.map((l) => memo.get("city", l, cityOf)).filter((c) => c && !/remote|anywhere/.test(c)),
  );
  return {
    company: memo.get("company", p.company, normalizeCompany),
    title,
    titleTokens: memo.get("tokens", title, (t) => new Set(t.split(" ").filter(Boolean))),
    cities,
    remoteOnly: cities.size === 0,
    level: memo.get("level", p.title, seniorityFromTitle),
    description: p.description,
    sig: null,
  };
}

const sigOf = (p: Prepared): Signature => {
  p.sig ??= signature(p.description);
  return p.sig;
};

function titleSimilarity(a: Prepared, b: Prepared): number {
  if (a.title === b.title) return 1;
  let inter = 0;
  for (const t of a.titleTokens) if (b.titleTokens.has(t)) inter++;
  const union = a.titleTokens.size + b.titleTokens.size - inter;
  return union === 0 ? 0 : inter / union;
}

function locationsCompatible(a: Prepared, b: Prepared): boolean {
  if (a.remoteOnly || b.remoteOnly) return true;
  for (const c of a.cities) if (b.cities.has(c)) return true;
  return false;
}

/**
 * Which rule merged two postings: the same board id, the same canonical URL, the same
 * company/title/place with too little text to compare ("fingerprint"), or near-duplicate
 * descriptions ("minhash", with the estimated Jaccard similarity and containment).
 */
export type MergeRule = "sourceId" | "url" | "fingerprint" | "minhash";
export const MERGE_RULES: readonly MergeRule[] = ["sourceId", "url", "fingerprint", "minhash"];

export interface PairVerdict {
  same: boolean;
  reason: string;
  /** set when `same`: the rule that decided it */
  rule?: MergeRule;
  /** MinHash Jaccard estimate, when the text was compared */
  similarity?: number;
  containment?: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function judge(a: Prepared, b: Prepared, ts = titleSimilarity(a, b)): PairVerdict {
  if (a.company !== b.company) return { same: false, reason: "different company" };
  if (ts < TITLE_MIN) return { same: false, reason: `titles differ (${ts.toFixed(2)})` };
  if (a.level !== b.level) return { same: false, reason: "different levels" };
  if (!locationsCompatible(a, b)) return { same: false, reason: "different locations" };
  const sa = sigOf(a);
  const sb = sigOf(b);
  if (sa.size < SHORT_TEXT || sb.size < SHORT_TEXT)
    return ts === 1
      ? { same: true, rule: "fingerprint", reason: "same company, title and place; too little text to compare" }
      : { same: false, reason: "titles differ and no text to confirm" };
  const j = jaccard(sa, sb);
  const c = containment(sa, sb);
  if (j >= TEXT_JACCARD_MIN || c >= TEXT_CONTAINMENT_MIN)
    return {
      same: true,
      rule: "minhash",
      similarity: round2(j),
      containment: round2(c),
      reason: `text similarity ${j.toFixed(2)} / containment ${c.toFixed(2)}`,
    };
  return { same: false, reason: `descriptions differ (${j.toFixed(2)})`, similarity: round2(j) };
}

// A bare host ("https://acme.com/") names a site, not a job.
function identifyingUrl(url: string): string | null {
  const u = canonicalUrl(url);
  return u && /\/[^/]/.test(u) ? u : null;
}

/** Same job? With the reason, for tests and debugging. */
export function samePosting(a: DedupPosting, b: DedupPosting): PairVerdict {
  if (a.sourceId && b.sourceId && a.source === b.source && a.sourceId === b.sourceId)
    return { same: true, rule: "sourceId", reason: "same source id" };
  const ua = identifyingUrl(a.url);
  if (ua && ua === identifyingUrl(b.url)) return { same: true, rule: "url", reason: "same canonical url" };
  return judge(prepare(a), prepare(b));
}

/** Why a posting is in its cluster: the merge that attached its group, between postings `a` and `b`. */
export interface MergeReason {
  rule: MergeRule;
  similarity?: number;
  containment?: number;
  /** input indexes of the two postings the rule matched */
  a: number;
  b: number;
}

export interface Clustering {
  /** per posting, the index of the first posting of its cluster (input order) */
  roots: number[];
  /** per posting: null for the first posting of its cluster, else the merge that brought it in */
  reasons: Array<MergeReason | null>;
}

/**
 * Clusters postings, saying for every merge which rule made it. Candidate pairs are only
 * compared within one normalized company and, there, between titles that can pass TITLE_MIN,
 * so the cost follows the number of same-company same-role postings, not n².
 */
export function clusterWithReasons(postings: DedupPosting[]): Clustering {
  const uf = new UnionFind(postings.length);
  const reasons: Array<MergeReason | null> = postings.map(() => null);
  const merge = (i: number, j: number, r: Omit<MergeReason, "a" | "b">) => {
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) return;
    uf.union(ri, rj);
    // the group that stopped being a root remembers the merge that attached it
    reasons[Math.max(ri, rj)] = { ...r, a: Math.min(i, j), b: Math.max(i, j) };
  };
  const bySourceId = new Map<string, number>();
  const byUrl = new Map<string, number>();
  postings.forEach((p, i) => {
    if (p.sourceId) {
      const k = `${p.source}\u0000${p.sourceId}`;
      const prev = bySourceId.get(k);
      if (prev === undefined) bySourceId.set(k, i);
      else merge(prev, i, { rule: "sourceId" });
    }
    const u = identifyingUrl(p.url);
    if (u) {
      const prev = byUrl.get(u);
      if (prev === undefined) byUrl.set(u, i);
      else merge(prev, i, { rule: "url" });
    }
  });
  const memo = new Memo();
  const prepared = postings.map((p) => prepare(p, memo));
  // company → title key → member indexes
  const byCompany = new Map<string, Map<string, number[]>>();
  prepared.forEach((p, i) => {
    const titles = byCompany.get(p.company) ?? new Map<string, number[]>();
    byCompany.set(p.company, titles);
    const list = titles.get(p.title);
    if (list) list.push(i);
    else titles.set(p.title, [i]);
  });
  const comparePair = (i: number, j: number, ts: number) => {
    if (uf.find(i) === uf.find(j)) return;
    const v = judge(prepared[i]!, prepared[j]!, ts);
    if (v.same && v.rule) merge(i, j, { rule: v.rule, similarity: v.similarity, containment: v.containment });
  };
  for (const titles of byCompany.values()) {
    const groups = [...titles.values()];
    for (let g = 0; g < groups.length; g++) {
      const members = groups[g]!;
      for (let x = 0; x < members.length; x++)
        for (let y = x + 1; y < members.length; y++) comparePair(members[x]!, members[y]!, 1);
    }
    for (const [g, h] of similarTitlePairs(groups.map((m) => prepared[m[0]!]!.titleTokens))) {
      const ts = titleSimilarity(prepared[groups[g]![0]!]!, prepared[groups[h]![0]!]!);
      if (ts < TITLE_MIN) continue;
      for (const i of groups[g]!) for (const j of groups[h]!) comparePair(Math.min(i, j), Math.max(i, j), ts);
    }
  }
  return { roots: postings.map((_, i) => uf.find(i)), reasons };
}

/**
 * Pairs (g < h) of token sets that may reach Jaccard >= TITLE_MIN, by prefix filtering: with the
 * tokens of every set ordered rarest first, two sets that similar must share a token among the
 * first |x| - ceil(TITLE_MIN·|x|) + 1 of either. A company with a thousand distinct titles then
 * costs about one short posting list per title instead of a million title comparisons.
 */
function similarTitlePairs(sets: Set<string>[]): Array<[number, number]> {
  if (sets.length < 2) return [];
  const freq = new Map<string, number>();
  for (const s of sets) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
  const index = new Map<string, number[]>();
  const out: Array<[number, number]> = [];
  const seen = new Int32Array(sets.length).fill(-1);
  sets.forEach((s, g) => {
    const order = [...s].sort((a, b) => freq.get(a)! - freq.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    const prefix = order.slice(0, order.length - Math.ceil(TITLE_MIN * order.length) + 1);
    for (const t of prefix) {
      const list = index.get(t);
      if (list)
        for (const h of list)
          if (seen[h] !== g) {
            seen[h] = g;
            out.push([h, g]);
          }
    }
    for (const t of prefix) {
      const list = index.get(t);
      if (list) list.push(g);
      else index.set(t, [g]);
    }
  });
  return out;
}

/** For each posting, the index of the first posting of its cluster (input order). */
export function clusterIndices(postings: DedupPosting[]): number[] {
  return clusterWithReasons(postings).roots;
}

/** Cluster id per posting: the id of the first member of its cluster. */
export function clusterPostings<T extends DedupPosting & { id: string }>(postings: T[]): string[] {
  const roots = clusterIndices(postings);
  return roots.map((r) => postings[r]!.id);
}

/**
 * Reposts: a later posting of the same job (same cluster, later postedAt, another source id
 * on the same source). Returns, per posting, the index of the earliest posting it reposts, or null.
 */
export function detectReposts(
  postings: DedupPosting[],
  roots: number[] = clusterIndices(postings),
): Array<number | null> {
  const earliest = new Map<number, number>();
  postings.forEach((p, i) => {
    if (!p.postedAt) return;
    const r = roots[i]!;
    const e = earliest.get(r);
    if (e === undefined || p.postedAt < postings[e]!.postedAt!) earliest.set(r, i);
  });
  return postings.map((p, i) => {
    const e = earliest.get(roots[i]!);
    if (e === undefined || e === i || !p.postedAt) return null;
    const first = postings[e]!;
    const sameSource = first.source === p.source && (first.sourceId ?? null) !== (p.sourceId ?? null);
    return sameSource && p.postedAt > first.postedAt! ? e : null;
  });
}
