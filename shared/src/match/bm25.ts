import { fnv1a } from "../hash.ts";
import type { Posting } from "../posting.ts";
import { GENERIC, tokens } from "./text.ts";
import { DIMS, MASK, type SparseVector } from "./vector.ts";

// Text relevance: BM25F with the posting title as its own field, over statistics of the whole
// posting collection (document frequencies and average field lengths), the resume as the query.
//
// A posting's BM25 weight of a term does not depend on the query:
//   w(t, d) = idf(t) · tf'(t, d) / (k1 + tf'(t, d)),
//   tf'(t, d) = Σ_field boost_f · tf_f(t, d) / (1 − b_f + b_f · len_f(d) / avglen_f)
// so each posting is turned into a sparse vector of w once, and the score for a profile is
// Σ_t q(t) · w(t, d): one pass over the posting's terms against a dense query array.
// Terms are stemmed unigrams and adjacent bigrams, hashed into 2^18 buckets (FNV-1a).

export const K1 = 1.2;
const TITLE_BOOST = 3;
const B_TITLE = 0.3;
const B_BODY = 0.75;
/** bigrams carry phrase evidence but overlap their unigrams: half weight */
const BIGRAM = 0.5;

export interface FieldTerms {
  title: Map<number, number>;
  body: Map<number, number>;
  titleLen: number;
  bodyLen: number;
}

function addTerms(text: string, into: Map<number, number>): number {
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const u = fnv1a(toks[i]!) & MASK;
    into.set(u, (into.get(u) ?? 0) + 1);
    if (i + 1 < toks.length) {
      const b = fnv1a(`${toks[i]} ${toks[i + 1]}`) & MASK;
      into.set(b, (into.get(b) ?? 0) + BIGRAM);
    }
  }
  return toks.length;
}

export function fieldTerms(p: Pick<Posting, "title" | "description">): FieldTerms {
  const title = new Map<number, number>();
  const body = new Map<number, number>();
  const titleLen = addTerms(p.title, title);
  const bodyLen = addTerms(p.description, body);
  return { title, body, titleLen, bodyLen };
}

const GENERIC_IDS = new Set([...GENERIC].map((w) => fnv1a(w) & MASK));

/** Below this many postings document frequencies say little: a prior stands in (see `idf`). */
export const MIN_COLLECTION = 100;

/** Document frequencies and average field lengths of a posting collection. */
export class CollectionStats {
  private readonly df = new Map<number, number>();
  private docs = 0;
  private titleTotal = 0;
  private bodyTotal = 0;

  add(t: FieldTerms): void {
    this.docs++;
    this.titleTotal += t.titleLen;
    this.bodyTotal += t.bodyLen;
    for (const k of t.title.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    for (const k of t.body.keys()) if (!t.title.has(k)) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  static of(postings: Iterable<Pick<Posting, "title" | "description">>): CollectionStats {
    const s = new CollectionStats();
    for (const p of postings) s.add(fieldTerms(p));
    return s;
  }

  get size(): number {
    return this.docs;
  }

  /** whether the collection is large enough for its statistics to be used */
  get reliable(): boolean {
    return this.docs >= MIN_COLLECTION;
  }

  get avgTitle(): number {
    return this.reliable ? Math.max(1, this.titleTotal / this.docs) : 6;
  }

  get avgBody(): number {
    return this.reliable ? Math.max(1, this.bodyTotal / this.docs) : 400;
  }

  /** Robertson–Spärck Jones idf, floored at a small positive value so very common terms still count a
   * little. Without a reliable collection every term weighs 1 except generic job-ad words (0.3). */
  idf(term: number): number {
    if (!this.reliable) return GENERIC_IDS.has(term) ? 0.3 : 1;
    const n = this.df.get(term) ?? 0;
    return Math.max(0.05, Math.log(1 + (this.docs - n + 0.5) / (n + 0.5)));
  }
}

/** The posting's BM25F weight per term (query-independent), as a sparse vector. */
export function bm25Vector(t: FieldTerms, stats: CollectionStats): SparseVector {
  const nt = 1 - B_TITLE + (B_TITLE * t.titleLen) / stats.avgTitle;
  const nb = 1 - B_BODY + (B_BODY * t.bodyLen) / stats.avgBody;
  const keys = new Set([...t.title.keys(), ...t.body.keys()]);
  const sorted = [...keys].sort((a, b) => a - b);
  const idx = new Uint32Array(sorted.length);
  const val = new Float32Array(sorted.length);
  sorted.forEach((k, i) => {
    const tf = (TITLE_BOOST * (t.title.get(k) ?? 0)) / nt + (t.body.get(k) ?? 0) / nb;
    idx[i] = k;
    val[i] = (stats.idf(k) * tf) / (K1 + tf);
  });
  return { idx, val, collection: stats.reliable };
}

export interface QueryParts {
  text: string;
  titles: string[];
  skills: string[];
}

const QUERY_TITLE_BOOST = 3;
const QUERY_SKILL_BOOST = 1.5;

/** Query weights: sublinear counts of the resume's terms, titles and skills boosted. */
export function queryWeights(q: QueryParts): Map<number, number> {
  const counts = new Map<number, number>();
  addTerms(q.text, counts);
  const w = new Map<number, number>();
  for (const [k, c] of counts) w.set(k, 1 + Math.log(Math.max(1, c)));
  const boost = (text: string, by: number) => {
    const m = new Map<number, number>();
    addTerms(text, m);
    for (const [k, c] of m) w.set(k, (w.get(k) ?? 0) + by * Math.min(c, 1));
  };
  for (const t of q.titles) boost(t, QUERY_TITLE_BOOST);
  for (const s of q.skills) boost(s, QUERY_SKILL_BOOST);
  return w;
}

export interface Query {
  weights: Map<number, number>;
  /** built with a reliable collection's statistics (else the prior idf) */
  collection: boolean;
  /** the weights as a dense array, for ranking many postings */
  dense: Float32Array | null;
  /** Σ q(t) · idf(t): what a posting that saturates every query term would score */
  ceiling: number;
}

export function buildQuery(weights: Map<number, number>, stats: CollectionStats, dense = false): Query {
  let ceiling = 0;
  for (const [k, v] of weights) ceiling += v * stats.idf(k);
  let d: Float32Array | null = null;
  if (dense) {
    d = new Float32Array(DIMS);
    for (const [k, v] of weights) d[k] = v;
  }
  return { weights, collection: stats.reliable, dense: d, ceiling: ceiling || 1 };
}

export function bm25Score(query: Query, v: SparseVector): number {
  let s = 0;
  const { idx, val } = v;
  const d = query.dense;
  if (d) for (let i = 0; i < idx.length; i++) s += d[idx[i]!]! * val[i]!;
  else for (let i = 0; i < idx.length; i++) s += (query.weights.get(idx[i]!) ?? 0) * val[i]!;
  return s;
}
