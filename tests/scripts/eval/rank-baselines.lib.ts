import type { Posting } from "@vanta/shared/posting";

// Baselines for `pnpm eval rank`: a plain TF-IDF cosine (unigrams, no stemming, no title
// weight, no skills) and a seeded random order.

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9+#]+/g) ?? [];
}

/** Plain TF-IDF cosine of the resume against every posting (document frequencies from all of `postings`). */
export function tfidfScores(resume: string, postings: Posting[]): number[] {
  const docs = postings.map((p) => words(`${p.title}\n${p.description}`));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of new Set(d)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = docs.length;
  const vec = (ws: string[]) => {
    const tf = new Map<string, number>();
    for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, c] of tf) {
      const x = c * Math.log((1 + n) / (1 + (df.get(w) ?? 0)));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  };
  const q = vec(words(resume));
  return docs.map((d) => {
    let s = 0;
    for (const [w, x] of vec(d)) s += x * (q.get(w) ?? 0);
    return s;
  });
}

/** Deterministic shuffle (mulberry32). */
export function randomRank(n: number, seed: number): number[] {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx;
}
