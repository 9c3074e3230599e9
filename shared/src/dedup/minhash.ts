import { fnv1a } from "../hash.ts";

// MinHash over word 3-shingles: a fixed-size signature per description whose agreement
// rate estimates Jaccard similarity; the shingle count lets us also estimate containment
// (an aggregator page that wraps the original text in its own boilerplate).

const K = 3;
const NUM_HASHES = 64;

// fixed odd multipliers / offsets: deterministic "random" permutations
const A = Array.from({ length: NUM_HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0);
const B = Array.from({ length: NUM_HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

export interface Signature {
  mins: Uint32Array;
  /** number of distinct shingles */
  size: number;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function signature(text: string): Signature {
  const w = words(text);
  const shingles = new Set<number>();
  if (w.length < K) {
    if (w.length > 0) shingles.add(fnv1a(w.join(" ")));
  } else for (let i = 0; i + K <= w.length; i++) shingles.add(fnv1a(`${w[i]} ${w[i + 1]} ${w[i + 2]}`));
  const mins = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let j = 0; j < NUM_HASHES; j++) {
      const h = (Math.imul(s, A[j]!) + B[j]!) >>> 0;
      if (h < mins[j]!) mins[j] = h;
    }
  }
  return { mins, size: shingles.size };
}

export function jaccard(a: Signature, b: Signature): number {
  if (a.size === 0 || b.size === 0) return 0;
  let eq = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a.mins[i] === b.mins[i]) eq++;
  return eq / NUM_HASHES;
}

/** Estimated share of the smaller text's shingles found in the larger one. */
export function containment(a: Signature, b: Signature): number {
  const j = jaccard(a, b);
  if (j === 0) return 0;
  const inter = (j * (a.size + b.size)) / (1 + j);
  return Math.min(1, inter / Math.min(a.size, b.size));
}
