import { fnv1a } from "../hash.ts";
import { tokens } from "./text.ts";

// Offline semantic similarity: hashed TF-IDF over unigrams + bigrams.
// Each document becomes a sparse vector in 2^18 hashed dimensions (FNV-1a), weighted by
// sublinear tf (1 + ln tf) × idf, L2-normalized; similarity is the cosine (a dot product).
// IDF comes from the posting collection being ranked (CorpusStats); without one every term
// weighs the same. The profile side is expanded into a dense array once so that scoring a
// posting is one pass over its non-zeros — the fast path behind `pnpm bench rank`.

export const DIMS = 1 << 18;
const MASK = DIMS - 1;

export interface SparseVector {
  idx: Uint32Array;
  val: Float32Array;
  /** true when weighted by collection IDF; unweighted cosines run about 3× higher */
  idf: boolean;
}

/** Hashed term counts of a text: unigrams and adjacent bigrams. */
export function termCounts(text: string): Map<number, number> {
  const toks = tokens(text);
  const counts = new Map<number, number>();
  for (let i = 0; i < toks.length; i++) {
    const u = fnv1a(toks[i]!) & MASK;
    counts.set(u, (counts.get(u) ?? 0) + 1);
    if (i + 1 < toks.length) {
      const b = fnv1a(`${toks[i]} ${toks[i + 1]}`) & MASK;
      counts.set(b, (counts.get(b) ?? 0) + 1);
    }
  }
  return counts;
}

/** Document frequencies over a collection, for IDF. */
export class CorpusStats {
  private readonly df = new Map<number, number>();
  private docs = 0;

  add(counts: Map<number, number>): void {
    this.docs++;
    for (const k of counts.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  get size(): number {
    return this.docs;
  }

  idf(term: number): number {
    if (this.docs === 0) return 1;
    return Math.log((1 + this.docs) / (1 + (this.df.get(term) ?? 0))) + 1;
  }
}

export function toVector(counts: Map<number, number>, stats?: CorpusStats): SparseVector {
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const idx = new Uint32Array(keys.length);
  const val = new Float32Array(keys.length);
  let norm = 0;
  keys.forEach((k, i) => {
    const w = (1 + Math.log(counts.get(k)!)) * (stats ? stats.idf(k) : 1);
    idx[i] = k;
    val[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < val.length; i++) val[i]! /= norm;
  return { idx, val, idf: stats !== undefined && stats.size > 0 };
}

export function toDense(v: SparseVector): Float32Array {
  const d = new Float32Array(DIMS);
  for (let i = 0; i < v.idx.length; i++) d[v.idx[i]!] = v.val[i]!;
  return d;
}

/** Cosine of a dense (profile) and a sparse (posting) unit vector. */
export function denseDot(dense: Float32Array, v: SparseVector): number {
  let s = 0;
  const { idx, val } = v;
  for (let i = 0; i < idx.length; i++) s += dense[idx[i]!]! * val[i]!;
  return s;
}

export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i]!;
    const y = b.idx[j]!;
    if (x === y) s += a.val[i++]! * b.val[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}
