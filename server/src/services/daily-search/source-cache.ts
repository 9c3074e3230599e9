import type { SourceSpec } from "../../ingest/provider.ts";

// Boards are shared: when a thousand users follow the same company board, the daily runs of this process
// fetch and ingest it once per TTL, and every later run only scores what is already stored. A fresh process
// (a serverless invocation, a restart) starts empty and simply fetches again.

export interface SourceCache {
  fresh(source: SourceSpec, now: Date): boolean;
  mark(source: SourceSpec, now: Date): void;
}

export const sourceKey = (s: SourceSpec): string =>
  [s.provider, s.board ?? "", s.query ?? "", s.location ?? "", s.country ?? "", s.baseUrl ?? ""].join("|");

export function createSourceCache(ttlMs = 60 * 60 * 1000): SourceCache {
  const seen = new Map<string, number>();
  return {
    fresh: (s, now) => {
      const at = seen.get(sourceKey(s));
      return at !== undefined && now.getTime() - at < ttlMs;
    },
    mark: (s, now) => {
      seen.set(sourceKey(s), now.getTime());
    },
  };
}
