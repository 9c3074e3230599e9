// Hashed sparse term vectors: terms (stemmed unigrams and bigrams) are hashed with FNV-1a into
// 2^18 buckets. A profile's query is expanded into a dense array once, so scoring a posting is
// one pass over its non-zeros — the fast path behind `pnpm bench rank`.

export const DIMS = 1 << 18;
export const MASK = DIMS - 1;

export interface SparseVector {
  idx: Uint32Array;
  val: Float32Array;
  /** true when weighted with statistics of a posting collection (idf, average lengths) */
  collection: boolean;
}
