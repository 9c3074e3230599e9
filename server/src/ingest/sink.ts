import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";

/** What a sink did with a batch: new rows, changed rows, and rows it already had unchanged. */
export interface SinkResult {
  inserted: number;
  updated: number;
  duplicates: number;
}

/** Where normalized postings go: the database in production, memory in tests and dry runs. */
export type PostingSink = (postings: NormalizedPosting[]) => Promise<SinkResult>;

/** Identity of a posting within one source. */
export const sourceKey = (p: Pick<NormalizedPosting, "source" | "sourceId" | "url">) =>
  `${p.source}|${p.sourceId ?? p.url}`;

/**
 * In-memory sink with the same identity rules as the database: (source, source_id) first,
 * then the canonical URL. Unchanged postings count as duplicates, changed ones as updates.
 */
export class MemorySink {
  readonly byKey = new Map<string, NormalizedPosting>();
  private readonly keyByUrl = new Map<string, string>();

  readonly write: PostingSink = async (postings) => {
    const result: SinkResult = { inserted: 0, updated: 0, duplicates: 0 };
    for (const p of postings) {
      const key = this.byKey.has(sourceKey(p)) ? sourceKey(p) : (this.keyByUrl.get(p.url) ?? sourceKey(p));
      const existing = this.byKey.get(key);
      if (!existing) result.inserted++;
      else if (JSON.stringify(existing) === JSON.stringify(p)) result.duplicates++;
      else result.updated++;
      this.byKey.set(key, p);
      this.keyByUrl.set(p.url, key);
    }
    return result;
  };

  get size(): number {
    return this.byKey.size;
  }
}
