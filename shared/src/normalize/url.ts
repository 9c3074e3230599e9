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

/**
 * Strips tracking parameters (utm_*, gh_src, lever-source, …), the fragment, default ports and a
 * trailing slash; lowercases scheme and host; sorts the remaining query. Identity params
 * such as gh_jid stay. Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(input: string | null | undefined): string | null {
  if (!input) return null;
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  u.hash = "";
  u.username = "";
  u.password = "";
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTrackingParam(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  if (u.pathname.length > 1 && u.pathname.endsWith("/")) u.pathname = u.pathname.replace(/\/+$/, "");
  return u.toString();
}
