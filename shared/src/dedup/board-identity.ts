import { fnv1a } from "../hash.ts";
import { canonicalUrl as identityUrl } from "./url.ts";

// Which board a job URL belongs to, and the job's id on that board — read from the URL's own
// host, never from what a page says about itself: a page at evil.example with `?gh_jid=123` or a
// `source: "greenhouse"` claim is not Greenhouse job 123. One row per board (host rule + id rule);
// ingestion stores the same (source, sourceId), so a capture of a board page finds the ingested row.

interface BoardRule {
  source: string;
  host: (host: string) => boolean;
  /** the board's job id, when the URL carries one in the board's own format */
  id: (u: URL) => string | null;
}

const under =
  (...domains: string[]) =>
  (h: string) =>
    domains.some((d) => h === d || h.endsWith(`.${d}`));
const seg = (u: URL, re: RegExp) => re.exec(u.pathname)?.[1] ?? null;
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

export const BOARD_RULES: readonly BoardRule[] = [
  {
    source: "greenhouse",
    host: under("greenhouse.io"),
    id: (u) =>
      seg(u, /\/jobs\/(\d+)(?:\/|$)/) ??
      (/^\d+$/.test(u.searchParams.get("gh_jid") ?? "") ? u.searchParams.get("gh_jid") : null),
  },
  { source: "lever", host: under("lever.co"), id: (u) => seg(u, new RegExp(`^/[^/]+/(${UUID})(?:/|$)`, "i")) },
  { source: "ashby", host: under("ashbyhq.com"), id: (u) => seg(u, new RegExp(`^/[^/]+/(${UUID})(?:/|$)`, "i")) },
  {
    source: "linkedin",
    host: under("linkedin.com"),
    id: (u) =>
      seg(u, /\/jobs\/view\/(?:[^/]*-)?(\d+)(?:\/|$)/) ??
      (/^\d+$/.test(u.searchParams.get("currentJobId") ?? "") ? u.searchParams.get("currentJobId") : null),
  },
  {
    source: "indeed",
    host: (h) => /(^|\.)indeed\.(com|co\.[a-z]{2}|[a-z]{2})$/.test(h),
    id: (u) => {
      const jk = u.searchParams.get("jk") ?? u.searchParams.get("vjk");
      return jk && /^[0-9a-f]{8,32}$/i.test(jk) ? jk : null;
    },
  },
  { source: "smartrecruiters", host: under("smartrecruiters.com"), id: (u) => seg(u, /^\/[^/]+\/(\d+)(?:-|\/|$)/) },
  { source: "wellfound", host: under("wellfound.com", "angel.co"), id: (u) => seg(u, /\/jobs\/(\d+)(?:-|\/|$)/) },
  { source: "builtin", host: (h) => /(^|\.)builtin[a-z]*\.(com|org)$/.test(h), id: (u) => seg(u, /\/(\d+)\/?$/) },
  // Workday ids live in the path with the site name; the identity URL is the id.
  { source: "workday", host: (h) => /\.(myworkdayjobs|myworkdaysite)\.com$/.test(h), id: () => null },
];

export interface BoardIdentity {
  /** the board whose host served the URL, or "web" for any other site */
  source: string;
  /** the board's job id, else the URL's identity key (scheme-less, tracking-free) */
  sourceId: string;
}

// Keys longer than the column's 200 characters keep a hash of the rest, so two long URLs stay apart.
const fit = (s: string) => (s.length <= 200 ? s : `${s.slice(0, 180)}#${fnv1a(s).toString(16)}`);

/** (source, sourceId) of a job URL from its host; null for a URL that is not http(s). */
export function boardIdentity(url: string): BoardIdentity | null {
  const key = identityUrl(url);
  if (!key) return null;
  const u = new URL(url);
  const host = u.hostname.toLowerCase();
  const rule = BOARD_RULES.find((r) => r.host(host));
  return { source: rule?.source ?? "web", sourceId: fit(rule?.id(u) ?? key) };
}
