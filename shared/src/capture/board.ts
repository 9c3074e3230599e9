import type { Posting } from "../posting.ts";
import { pageSaysClosed } from "./closed.ts";
import { type Draft, finalize, mergeDrafts } from "./draft.ts";
import { readStructured } from "./generic/index.ts";
import { readPage } from "./generic/page.ts";
import { findSalaryInText } from "./text/salary.ts";
import { scopeSalary } from "./text/salary-scope.ts";

/**
 * Shared tail of every board extractor: merge the board's own readings (in the order
 * given: most trusted first) with the page's structured data and generic page reading,
 * then validate. Boards list `structured` where JSON-LD should win over their DOM.
 */
export function buildPosting(
  source: string,
  doc: Document,
  url: URL,
  drafts: (Draft | null | "structured")[],
  closedEls?: (Element | null | undefined)[],
): Posting | null {
  const { draft: structured } = readStructured(doc);
  const ordered = drafts.map((d) => (d === "structured" ? structured : d));
  if (!drafts.includes("structured")) ordered.push(structured);
  const merged = mergeDrafts(...ordered);
  // Across the board's own readers, the fullest description and location list win
  // (JSON-LD often has a teaser description or only the primary location).
  const present = ordered.filter((d): d is Draft => !!d);
  const longest = present.map((d) => d.description ?? "").reduce((a, b) => (b.length > a.length ? b : a), "");
  if (longest) merged.description = longest;
  const most = present.map((d) => d.locations ?? []).reduce((a, b) => (b.length > a.length ? b : a), []);
  if (most.length) merged.locations = most;
  if (!merged.title) return null;
  // Generic reading fills what neither the board markup nor structured data gave; it walks
  // the whole page, so only when something basic is missing (LinkedIn pages are ~1.3 MB).
  // Its salary is left out: a page-wide "salary" element can belong to another job's card.
  const page = merged.company && merged.description ? null : readPage(doc, url, true);
  const filled = page ? mergeDrafts(merged, { ...page, salary: null }) : merged;
  if (!filled.salary && filled.description)
    filled.salary = scopeSalary(findSalaryInText(filled.description), filled.description, filled.locations ?? []);
  filled.closed = !!merged.closed || pageSaysClosed(doc, closedEls);
  return finalize(filled, source, doc, url);
}

/** A path/query id: `/jobs/(\d+)` style regex on pathname, or a query parameter. */
export function idFrom(url: URL, pathRe: RegExp | null, ...params: string[]): string | null {
  for (const p of params) {
    const v = url.searchParams.get(p);
    if (v) return v;
  }
  const m = pathRe?.exec(url.pathname);
  return m?.[1] ?? null;
}

export function hostIs(url: URL, ...hosts: string[]): boolean {
  const h = url.hostname.toLowerCase();
  return hosts.some((x) => h === x || h.endsWith(`.${x}`));
}
