// MinHash over word 3-shingles: a fixed-size signature per description whose agreement
// rate estimates Jaccard similarity; the shingle count lets us also estimate containment
// (an aggregator page that wraps the original text in its own boilerplate).
//
// One-permutation hashing: each shingle hash is mixed once, its top bits pick one of NUM_BINS
// bins and the rest is kept if it is the bin's minimum. One hash per shingle instead of one
// per permutation (64×), and shingles are hashed from per-word hashes without building strings:
// `pnpm bench dedup` needs ~20k postings/s with real-length descriptions.

const K = 3;
const NUM_BINS = 64;
const BIN_SHIFT = 26; // 32 - log2(NUM_BINS)
const EMPTY = 0xffffffff;

export interface Signature {
  mins: Uint32Array;
  /** number of distinct shingles */
  size: number;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** murmur3's finalizer: spreads every input bit over the output (the bin comes from the top bits). */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Scratch buffers reused across calls (signature runs once per posting of a 100k listing; fresh
// arrays and Sets per call made the garbage collector a fifth of the run).
let wordBuf = new Uint32Array(4096);
let seenBuf = new Uint32Array(8192);

/**
 * FNV-1a of each lowercased word (a run of letters or digits, as `words` splits), read straight
 * from the char codes into `wordBuf`: no lowercased copy, no regex over the text, no word strings.
 * Returns the number of words.
 */
function wordHashes(text: string): number {
  let n = 0;
  let h = 0x811c9dc5;
  let inWord = false;
  const push = () => {
    if (n === wordBuf.length) {
      const bigger = new Uint32Array(wordBuf.length * 2);
      bigger.set(wordBuf);
      wordBuf = bigger;
    }
    wordBuf[n++] = h >>> 0;
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let ok: boolean;
    if (c < 128) {
      ok = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      // surrogate pairs: the pair is one character
      const ch = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
      ok = LETTER_OR_DIGIT.test(ch);
      if (ok) {
        const lower = ch.toLowerCase();
        for (let j = 0; j < lower.length; j++) {
          h ^= lower.charCodeAt(j);
          h = Math.imul(h, 0x01000193);
        }
        inWord = true;
        i += ch.length - 1;
        continue;
      }
    }
    if (ok) {
      h ^= c;
      h = Math.imul(h, 0x01000193);
      inWord = true;
    } else if (inWord) {
      push();
      h = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) push();
  return n;
}

export function signature(text: string): Signature {
  const n = wordHashes(text);
  const mins = new Uint32Array(NUM_BINS).fill(EMPTY);
  // distinct shingles, counted in an open-addressing set (0 = empty slot)
  let cap = seenBuf.length;
  while (cap < 2 * n + 2) cap *= 2;
  if (cap !== seenBuf.length) seenBuf = new Uint32Array(cap);
  else seenBuf.fill(0);
  const mask = cap - 1;
  let size = 0;
  const add = (shingle: number) => {
    const s = shingle === 0 ? 1 : shingle;
    let slot = s & mask;
    while (seenBuf[slot] !== 0) {
      if (seenBuf[slot] === s) return;
      slot = (slot + 1) & mask;
    }
    seenBuf[slot] = s;
    size++;
    const bin = s >>> BIN_SHIFT;
    const v = mix(s ^ 0x5bd1e995);
    if (v < mins[bin]!) mins[bin] = v;
  };
  if (n < K) {
    let a = 0x2545f491;
    for (let i = 0; i < n; i++) a = Math.imul(a ^ wordBuf[i]!, 0x9e3779b1);
    if (n > 0) add(mix(a));
  } else
    for (let i = 0; i + K <= n; i++)
      add(
        mix(Math.imul(Math.imul(wordBuf[i]! ^ 0x2545f491, 0x9e3779b1) ^ wordBuf[i + 1]!, 0x85ebca6b) ^ wordBuf[i + 2]!),
      );
  return { mins, size };
}

/** Share of bins where the two minima agree, over the bins where either text has a shingle. */
export function jaccard(a: Signature, b: Signature): number {
  if (a.size === 0 || b.size === 0) return 0;
  let eq = 0;
  let used = 0;
  for (let i = 0; i < NUM_BINS; i++) {
    const x = a.mins[i]!;
    const y = b.mins[i]!;
    if (x === EMPTY && y === EMPTY) continue;
    used++;
    if (x === y) eq++;
  }
  return used === 0 ? 0 : eq / used;
}

/** Estimated share of the smaller text's shingles found in the larger one. */
export function containment(a: Signature, b: Signature): number {
  const j = jaccard(a, b);
  if (j === 0) return 0;
  const inter = (j * (a.size + b.size)) / (1 + j);
  return Math.min(1, inter / Math.min(a.size, b.size));
}
