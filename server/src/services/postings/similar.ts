// Confirms a fingerprint match: two copies of one job share most of their wording; two
// different reqs with the same title at the same company usually do not.

const SHINGLE = 3;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(" "));
  return out;
}

/** Jaccard of word 3-shingles ≥ threshold; an empty side (description not captured) cannot contradict. */
export function sameDescription(a: string, b: string, threshold = 0.5): boolean {
  const sa = shingles(a.slice(0, 20_000));
  const sb = shingles(b.slice(0, 20_000));
  if (sa.size === 0 || sb.size === 0) return true;
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  return inter / (sa.size + sb.size - inter) >= threshold;
}
