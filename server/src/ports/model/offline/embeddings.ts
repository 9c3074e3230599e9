import { fnv1a } from "@vanta/shared/hash";
import { words } from "./text.ts";

/**
 * Offline embeddings: hashed n-gram vectors ("feature hashing").
 * Features: each lowercased word (weight 1), each pair of adjacent words (0.7) and each character
 * trigram of a word padded with "#" (0.4, so "python"/"pythonic" stay close). Each feature is hashed
 * with 32-bit FNV-1a into one of `dimensions` buckets, with a sign from another bit of the hash to
 * cancel collisions on average; the vector is L2-normalized, so a dot product is a cosine similarity.
 * Deterministic and dependency-free; it captures lexical, not semantic, similarity.
 */
export const OFFLINE_EMBEDDING_DIMENSIONS = 512;
export const OFFLINE_EMBEDDING_MODEL = `vanta-hashed-ngrams-${OFFLINE_EMBEDDING_DIMENSIONS}`;

export function hashedNgramEmbedding(text: string, dimensions = OFFLINE_EMBEDDING_DIMENSIONS): number[] {
  const v = new Array<number>(dimensions).fill(0);
  const add = (feature: string, weight: number) => {
    const h = fnv1a(feature);
    v[h % dimensions]! += (h & 0x80000000 ? -1 : 1) * weight;
  };
  const ws = words(text);
  ws.forEach((w, i) => {
    add(`w:${w}`, 1);
    if (i > 0) add(`b:${ws[i - 1]} ${w}`, 0.7);
    const padded = `#${w}#`;
    for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, 0.4);
  });
  const norm = Math.hypot(...v);
  return norm === 0 ? v : v.map((x) => x / norm);
}

export function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! ** 2;
    nb += b[i]! ** 2;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
