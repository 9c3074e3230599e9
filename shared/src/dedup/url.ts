import { canonicalUrlObject } from "../normalize/url.ts";

// Canonical job URLs: the same posting reached through tracking links, apply sub-pages or
// an ATS's alternative hosts gets one key.

// Beyond normalize's tracking list: parameters that are noise for identity though a stored
// link keeps them ("s", "campaign", HubSpot/LinkedIn extras).
const IDENTITY_NOISE = /^(lever-source.*|trk.*|mc_[a-z]+|_hs.*|hsa_.*|iis|iisn|s|campaign|medium)$/i;

const HOST_ALIASES: Record<string, string> = {
  "job-boards.greenhouse.io": "boards.greenhouse.io",
  "job-boards.eu.greenhouse.io": "boards.greenhouse.io",
  "boards.eu.greenhouse.io": "boards.greenhouse.io",
  "jobs.eu.lever.co": "jobs.lever.co",
};

/**
 * Identity key of a job URL (scheme dropped, ATS host aliases and sub-pages folded, LinkedIn/Indeed
 * job ids). Built on normalize's canonicalUrl, which is the stored link; this is only for matching.
 */
export function canonicalUrl(raw: string): string | null {
  const u = canonicalUrlObject(raw);
  if (!u) return null;
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
    .filter(([k]) => !IDENTITY_NOISE.test(k))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join("&")}` : "";
  // A route fragment (kept by normalize's canonicalUrl) is part of the job's identity.
  return `${host}${path.toLowerCase()}${query}${u.hash.toLowerCase()}`;
}
