// Small deterministic text helpers for the offline model (no model weights: plain lexical work).

const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its " +
    "me my no not of on or our out over she so than that the their them then there these they this to too up us was " +
    "we were what when where which who will with would you your about after all also any before being both each " +
    "here how just more most must only other own same should some such very via per please return answer json"
  ).split(" "),
);

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
}

/** Content words by descending frequency, ties by first appearance. */
export function keywords(text: string, limit: number): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  words(text).forEach((w, i) => {
    if (STOPWORDS.has(w) || w.length < 2 || /^\d+$/.test(w)) return;
    const c = counts.get(w);
    if (c) c.n++;
    else counts.set(w, { n: 1, first: i });
  });
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, limit)
    .map(([w]) => w);
}

/** Share of `a`'s content words that also occur in `b` (0..1). */
export function overlap(a: string, b: string): number {
  const as = new Set(keywords(a, 200));
  if (as.size === 0) return 0;
  const bs = new Set(words(b));
  let hit = 0;
  for (const w of as) if (bs.has(w)) hit++;
  return hit / as.size;
}

export function firstSentences(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= maxChars) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = "";
  for (const s of sentences) {
    if ((out + s).length > maxChars) break;
    out += s;
  }
  return (out || `${clean.slice(0, maxChars - 1)}…`).trim();
}

/** Rough token estimate (about 4 characters per token for English), used for offline usage figures. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Compact one-line rendering of a JSON value for sentences. */
export function describeValue(value: unknown, maxChars = 240): string {
  if (typeof value === "string") return firstSentences(value, maxChars);
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) {
    const parts = value.slice(0, 5).map((v) => describeValue(v, 60));
    return firstSentences(`${value.length} item(s): ${parts.join("; ")}`, maxChars);
  }
  if (typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && typeof v !== "object")
      .slice(0, 6)
      .map(([k, v]) => `${k} ${String(v)}`);
    return firstSentences(parts.join(", ") || JSON.stringify(value), maxChars);
  }
  return String(value);
}
