import { MatchPattern } from "@webext-core/match-patterns";

// Board and ATS adapters declare where they run as WebExtension match patterns (data, the same strings
// WXT registers content scripts on); @webext-core/match-patterns tests a URL against them, so no adapter
// carries a hand-written URL regex beside its `matches`. Patterns test scheme, host and path (not the
// query): a board's identity comes from its own host, never from a query parameter a page can add.

const compiled = new Map<string, MatchPattern>();

function pattern(p: string): MatchPattern {
  let m = compiled.get(p);
  if (!m) {
    m = new MatchPattern(p); // throws InvalidMatchPattern on a malformed pattern
    compiled.set(p, m);
  }
  return m;
}

/** Whether `url` is included in any of `patterns`. */
export function urlMatches(patterns: readonly string[], url: string | URL): boolean {
  // The library's URL branch checks `instanceof Location`, which does not exist in Node: always pass a string.
  const href = typeof url === "string" ? url : url.href;
  if (!URL.canParse(href)) return false;
  return patterns.some((p) => pattern(p).includes(href));
}
