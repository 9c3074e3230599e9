// Canonical job URLs: the same posting reached through tracking links, apply sub-pages or
// an ATS's alternative hosts gets one key.

const TRACKING =
  /^(utm_.*|gh_src|source|src|ref|referrer|lever-source.*|lever-origin|trk|trackingid|refid|fbclid|gclid|mc_[a-z]+|_hs.*|hsa_.*|iis|iisn|s|campaign|medium)$/i;

const HOST_ALIASES: Record<string, string> = {
  "job-boards.greenhouse.io": "boards.greenhouse.io",
  "job-boards.eu.greenhouse.io": "boards.greenhouse.io",
  "boards.eu.greenhouse.io": "boards.greenhouse.io",
  "jobs.eu.lever.co": "jobs.lever.co",
};

export function canonicalUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  let host = u.hostname.toLowerCase().replace(/^www\./, "");
  host = HOST_ALIASES[host] ?? host;
  let path = u.pathname.replace(/\/+$/, "");
  if (host === "jobs.lever.co") path = path.replace(/\/apply$/, "");
  if (host === "jobs.ashbyhq.com") path = path.replace(/\/application$/, "");
  if (host.endsWith("myworkdayjobs.com"))
    path = path.replace(/\/(apply|login)(\/.*)?$/, "").replace(/^\/[a-z]{2}-[A-Z]{2}(?=\/)/, "");
  if (host === "linkedin.com") {
    const id = path.match(/\/jobs\/view\/(?:[^/]*-)?(\d+)/)?.[1] ?? u.searchParams.get("currentJobId");
    if (id) return `linkedin.com/jobs/view/${id}`;
  }
  if (host.endsWith("indeed.com")) {
    const jk = u.searchParams.get("jk") ?? u.searchParams.get("vjk");
    if (jk) return `indeed.com/viewjob?jk=${jk}`;
  }
  const params = [...u.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
  return `${host}${path.toLowerCase()}${query}`;
}
