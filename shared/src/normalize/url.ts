// Canonical URLs: the same job reached through different tracking links must compare equal.

const TRACKING_PARAMS = new Set([
  "gh_src",
  "lever-source",
  "lever-source[]",
  "lever-origin",
  "lever-via",
  "ashby_src",
  "source",
  "src",
  "ref",
  "referrer",
  "refid",
  "trk",
  "trkinfo",
  "trackingid",
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "_hsenc",
  "_hsmi",
  "hsctatracking",
  "igshid",
  "si",
  "postingchannelid",
  "campaignid",
  "sourcetype",
]);

/** A query parameter that only says where the click came from (utm_*, gh_src, lever-source, …). */
export function isTrackingParam(name: string): boolean {
  const lk = name.toLowerCase();
  return lk.startsWith("utm_") || TRACKING_PARAMS.has(lk);
}

function cleanQuery(params: URLSearchParams): string {
  const kept = [...params.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

/**
 * The fragment when it carries a route, else "". Hash-routed career sites (Oracle Cloud HCM
 * `#en/sites/jobsearch/job/211250/`, single-page apps `#/jobs/123`, `#!/job/9`) keep the job id
 * after the `#`, so it is part of the job's identity; an anchor (`#apply`, `#top`, a text
 * fragment `#:~:text=`) is not. A route is a fragment with a path: it holds a "/" after its
 * first character. Tracking parameters inside the route's own query are stripped too.
 */
export function routeFragment(hash: string): string {
  const f = hash.replace(/^#/, "");
  if (f.startsWith(":~:")) return "";
  const [rawPath = "", rawQuery] = f.split("?", 2) as [string, string | undefined];
  const path = rawPath.replace(/\/+$/, "");
  if (!/\/./.test(path)) return "";
  const query = rawQuery ? cleanQuery(new URLSearchParams(rawQuery)) : "";
  return `#${path}${query ? `?${query}` : ""}`;
}

/**
 * Strips tracking parameters (utm_*, gh_src, lever-source, …), an anchor fragment (a route
 * fragment stays: `routeFragment`), default ports and a trailing slash; lowercases scheme and
 * host; sorts the remaining query. Identity params such as gh_jid stay. Returns null for anything
 * that is not an http(s) URL.
 */
export function canonicalUrl(input: string | null | undefined): string | null {
  return canonicalUrlObject(input)?.toString() ?? null;
}

/** `canonicalUrl` as a URL object (dedup's identity key reads its parts without parsing again). */
export function canonicalUrlObject(input: string | null | undefined): URL | null {
  if (!input) return null;
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = routeFragment(u.hash);
  u.username = "";
  u.password = "";
  u.search = cleanQuery(u.searchParams);
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "");
  return u;
}
