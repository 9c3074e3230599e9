import type { SearchRow } from "@vanta/db/queries/searches";
import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import { isLocalBoard } from "../../demo/boards.ts";
import { defaultSources } from "../../ingest/default-sources.ts";
import type { Env, ProviderName, SourceSpec } from "../../ingest/provider.ts";

// What a user's daily search fetches: the boards named in their saved searches, the keyword feeds
// queried with their keywords and locations, and the default company boards.

export type BaseUrls = Partial<Record<ProviderName, string>>;

/** Feeds that take a keyword query; the others are fetched whole and filtered here. */
const QUERY_FEEDS = ["remotive", "usajobs", "adzuna"] as const;
const UNQUERIED_FEEDS = ["arbeitnow", "remoteok"] as const;
export const KEYWORD_FEEDS: readonly string[] = [...QUERY_FEEDS, ...UNQUERIED_FEEDS];

export function sourcesForSearches(searches: SearchRow[], env: Env, baseUrls: BaseUrls = {}): SourceSpec[] {
  const out = new Map<string, SourceSpec>();
  const add = (s: SourceSpec) => {
    const key = `${s.provider}|${s.board ?? ""}|${s.query ?? ""}|${s.location ?? ""}`;
    if (!out.has(key)) out.set(key, { ...s, ...(baseUrls[s.provider] ? { baseUrl: baseUrls[s.provider] } : {}) });
  };
  for (const search of searches) {
    for (const b of search.filters.boards ?? []) {
      // An unknown provider still becomes a source: the run records it as a failed "bad_source".
      add({ provider: b.provider as ProviderName, board: b.board });
    }
    const keywords = search.filters.keywords ?? [];
    if (keywords.length === 0) continue;
    const query = keywords.join(" ");
    const locations = search.filters.locations?.length ? search.filters.locations : [undefined];
    for (const location of locations) {
      add({ provider: "remotive", query });
      if (env.USAJOBS_API_KEY && env.USAJOBS_USER_AGENT) add({ provider: "usajobs", query, location, maxPages: 2 });
      if (env.ADZUNA_APP_ID && env.ADZUNA_APP_KEY)
        add({ provider: "adzuna", country: "us", query, location, maxPages: 2 });
    }
    add({ provider: "arbeitnow", maxPages: 3 });
    add({ provider: "remoteok" });
  }
  // Searches that only name local (demo) boards stay offline: the default company boards are for the others.
  const localOnly = searches.every(
    (s) => (s.filters.keywords ?? []).length === 0 && (s.filters.boards ?? []).every((b) => isLocalBoard(b.board)),
  );
  if (!localOnly) for (const s of defaultSources) if (s.board) add(s);
  return [...out.values()];
}

const lower = (s: string) => s.toLowerCase();

/**
 * Keeps a keyword-feed posting only when it mentions one of the searches' keywords (title, tags,
 * description) and sits in one of their locations (or is remote); board postings always pass.
 */
export function keywordFilter(searches: SearchRow[]): (p: NormalizedPosting) => boolean {
  const wanted = searches
    .filter((s) => (s.filters.keywords ?? []).length > 0)
    .map((s) => ({
      keywords: (s.filters.keywords ?? []).map(lower),
      locations: (s.filters.locations ?? []).map(lower),
    }));
  return (p) => {
    if (!KEYWORD_FEEDS.includes(p.source)) return true;
    const text = lower(`${p.title}\n${p.tags.join(" ")}\n${p.description}`);
    const where = lower(p.locations.join(" | "));
    return wanted.some(
      (w) =>
        w.keywords.some((k) => text.includes(k)) &&
        (w.locations.length === 0 || p.remote === "remote" || w.locations.some((l) => where.includes(l))),
    );
  };
}
