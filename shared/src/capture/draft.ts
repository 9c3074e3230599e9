import { isTrackingParam, routeFragment } from "../normalize/url.ts";
import { Posting, type RemoteType, type Salary } from "../posting.ts";
import { canonicalHref, meta, toUrl } from "./dom.ts";
import { cleanLine, tidyText } from "./text/html-to-text.ts";
import { uniq } from "./text/location.ts";

/** What one reader (JSON-LD, DOM, script data) found; gaps are filled from other readers. */
export interface Draft {
  title?: string | null;
  company?: string | null;
  locations?: string[];
  remote?: RemoteType;
  employmentType?: string | null;
  salary?: Salary | null;
  description?: string | null;
  postedAt?: string | null;
  closed?: boolean;
  sourceId?: string | null;
  url?: string | null;
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === "" || v === "unknown" || (Array.isArray(v) && v.length === 0);

/** Per field, the first draft that has a value wins; `closed` is true if any says so. */
export function mergeDrafts(...drafts: (Draft | null | undefined)[]): Draft {
  const out: Draft = {};
  const keys: (keyof Draft)[] = [
    "title",
    "company",
    "locations",
    "remote",
    "employmentType",
    "salary",
    "description",
    "postedAt",
    "sourceId",
    "url",
  ];
  for (const d of drafts) {
    if (!d) continue;
    for (const k of keys) if (isEmpty(out[k]) && !isEmpty(d[k])) (out as Record<string, unknown>)[k] = d[k];
    if (d.closed) out.closed = true;
  }
  return out;
}

export function hasPosting(d: Draft | null | undefined): d is Draft {
  return !!d && !!cleanLine(d.title) && !!cleanLine(d.company);
}

/** YYYY-MM-DD from an ISO string, a Date-parsable string ("Aug 29, 2023"), or null. */
export function isoDate(raw: string | null | undefined): string | null {
  const s = cleanLine(raw)
    .replace(/^posted( on)?:?\s*/i, "")
    .replace(/\.$/, "");
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s);
  if (m) return m[1] ?? null;
  if (!/[a-z]{3}.*\d{4}|\d{1,2}\/\d{1,2}\/\d{4}/i.test(s)) return null;
  const t = Date.parse(`${s} UTC`);
  if (Number.isNaN(t)) {
    const t2 = Date.parse(s);
    return Number.isNaN(t2) ? null : new Date(t2).toISOString().slice(0, 10);
  }
  return new Date(t).toISOString().slice(0, 10);
}

// Besides normalize's tracking list: LinkedIn "trk*", any "lever-*" and "from" on captured pages.
const PAGE_TRACKING = /^(trk|lever-|from$)/i;

/** Canonical URL: the draft's, else the page's <link rel=canonical>/og:url, else the page URL without tracking. */
export function canonicalUrl(doc: Document, pageUrl: URL, preferred?: string | null): string {
  for (const cand of [preferred, canonicalHref(doc), meta(doc, "og:url")]) {
    if (!cand) continue;
    const u = toUrl(new URL(cand, pageUrl).href);
    if (u && /^https?:$/.test(u.protocol)) return u.href;
  }
  const u = new URL(pageUrl.href);
  // a hash route (`#/jobs/123`, Oracle `#…/job/<id>`) is the job's identity; an anchor is not
  u.hash = routeFragment(u.hash);
  for (const k of [...u.searchParams.keys()]) if (isTrackingParam(k) || PAGE_TRACKING.test(k)) u.searchParams.delete(k);
  return u.href;
}

/** Turns a merged draft into a Posting that passes the shared schema, or null. */
export function finalize(d: Draft, source: string, doc: Document, pageUrl: URL): Posting | null {
  if (!hasPosting(d)) return null;
  const candidate = {
    title: cleanLine(d.title).slice(0, 300),
    company: cleanLine(d.company).slice(0, 200),
    locations: uniq((d.locations ?? []).map((l) => cleanLine(l).slice(0, 200)).filter(Boolean)).slice(0, 100),
    remote: d.remote ?? "unknown",
    employmentType: d.employmentType ? d.employmentType.slice(0, 50) : null,
    salary: d.salary ?? null,
    description: tidyText(d.description ?? "").slice(0, 200_000),
    postedAt: d.postedAt ?? null,
    closed: d.closed ?? false,
    source,
    sourceId: d.sourceId ? String(d.sourceId).slice(0, 200) : null,
    url: canonicalUrl(doc, pageUrl, d.url).slice(0, 2000),
  };
  const parsed = Posting.safeParse(candidate);
  if (parsed.success) return parsed.data;
  // A malformed optional field (odd salary) must not lose the whole capture.
  const retry = Posting.safeParse({ ...candidate, salary: null, postedAt: null });
  return retry.success ? retry.data : null;
}
