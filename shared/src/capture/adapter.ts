import type { Posting } from "../posting.ts";

/** One job board / ATS: where it runs, how to recognize its markup, how to read a posting. */
export interface Adapter {
  /** board name, also the Posting's `source` */
  name: string;
  /**
   * WebExtension match patterns of the pages this adapter reads: the content script registers them and
   * `findAdapter` tests a page's URL against them (`urlMatches`, @webext-core/match-patterns). Data only:
   * scheme, host and path, never the query, so a board is recognized by its own host.
   */
  matches: readonly string[];
  /** true for single-page apps whose URL changes without a reload (re-run capture on navigation) */
  spa: boolean;
  /** markup signature, for pages served from another host (tests, mirrors, custom domains) */
  detect(doc: Document): boolean;
  /** the posting id visible in the URL (changes on SPA navigation between postings), or null */
  postingKey(url: URL): string | null;
  extract(doc: Document, url: URL): Posting | null;
  /**
   * True on a page that lists many jobs with none selected (search results without a pane, a
   * board's index): capture then says "select a job" instead of guessing one.
   */
  isList?(doc: Document, url: URL): boolean;
}
