// Job-posting capture: pure functions over a DOM Document (+ the page URL), shared by the
// extension's content script, the Node tests (linkedom) and `vanta extract`.
// Extension use: register content scripts on `boardMatchPatterns` (+ the generic fallback on
// pages the user asks to capture); call `extractPosting(document, location.href)`; for adapters
// with `spa: true`, re-capture when `adapter.postingKey(new URL(location.href))` changes.
import { urlMatches } from "../match-patterns.ts";
import type { Posting } from "../posting.ts";
import type { Adapter } from "./adapter.ts";
import { ashby } from "./ashby/index.ts";
import { bosszhipin } from "./bosszhipin/index.ts";
import { builtin } from "./builtin/index.ts";
import { toUrl } from "./dom.ts";
import { generic, readStructured } from "./generic/index.ts";
import { glassdoor } from "./glassdoor/index.ts";
import { greenhouse } from "./greenhouse/index.ts";
import { indeed } from "./indeed/index.ts";
import { lever } from "./lever/index.ts";
import { linkedin } from "./linkedin/index.ts";
import { smartrecruiters } from "./smartrecruiters/index.ts";
import { teamtailor } from "./teamtailor/index.ts";
import { totaljobs } from "./totaljobs/index.ts";
import { wellfound } from "./wellfound/index.ts";
import { workatastartup } from "./workatastartup/index.ts";
import { workday } from "./workday/index.ts";

export type { Adapter } from "./adapter.ts";
export { htmlToText, tidyText } from "./text/html-to-text.ts";
export { detectRemote, normalizeLocation, splitLocations } from "./text/location.ts";
export { findSalaryInText, parseSalaryText } from "./text/salary.ts";
export { generic };

/** Board adapters, most specific first; `generic` (JSON-LD → microdata → page) is the fallback. */
export const adapters: readonly Adapter[] = [
  linkedin,
  indeed,
  greenhouse,
  lever,
  ashby,
  workday,
  smartrecruiters,
  wellfound,
  builtin,
  glassdoor,
  teamtailor,
  totaljobs,
  workatastartup,
  bosszhipin,
];

/** Every match pattern a content script needs for the board adapters. */
export const boardMatchPatterns: readonly string[] = [...new Set(adapters.flatMap((a) => a.matches))];

/** The board adapter whose match patterns include a URL, or null (use `generic`). */
export function findAdapter(url: string | URL): Adapter | null {
  const u = toUrl(url);
  if (!u) return null;
  return adapters.find((a) => urlMatches(a.matches, u)) ?? null;
}

/** URL first, then board markup signatures (pages served from elsewhere), then generic. */
export function detectAdapter(doc: Document, url: string | URL): Adapter {
  return findAdapter(url) ?? adapters.find((a) => a.detect(doc)) ?? generic;
}

/**
 * The posting on a page, or null when there is none. Tries the chosen adapter, then
 * generic structured data (a board URL can show a non-posting page, or an embedded ATS).
 */
export function extractPosting(doc: Document, url: string): Posting | null {
  return capturePage(doc, url).posting;
}

/** Why a page gave no posting: none found, or a list of jobs with none selected ("select a job"). */
export type CaptureReason = "ok" | "no-posting" | "list-page";

/**
 * The posting plus, when there is none, why: a page listing many jobs with none selected says
 * "list-page" (the user opens one) and is never answered with its first card.
 */
export function capturePage(doc: Document, url: string): { posting: Posting | null; reason: CaptureReason } {
  const u = toUrl(url);
  if (!u) return { posting: null, reason: "no-posting" };
  const adapter = detectAdapter(doc, u);
  // A list with nothing selected is said so first: its headline ("Open Positions (63)") or first card is no posting.
  const list = (a: Adapter) => safely(() => a.isList?.(doc, u) ?? false);
  if (list(adapter)) return { posting: null, reason: "list-page" };
  const posting = safely(() => adapter.extract(doc, u));
  if (posting) return { posting, reason: "ok" };
  if (adapter !== generic && list(generic)) return { posting: null, reason: "list-page" };
  // After a board adapter chosen by URL found nothing, only the page's structured data may stand in
  // (page heuristics on a board's app shell would name the board, "LinkedIn", as the job); a board
  // recognized by markup on another host (an embedded ATS on a career site) keeps the page reading.
  const byUrl = adapter !== generic && findAdapter(u) === adapter;
  const fallback =
    adapter === generic || (byUrl && !safely(() => readStructured(doc).draft))
      ? null
      : safely(() => generic.extract(doc, u));
  return fallback ? { posting: fallback, reason: "ok" } : { posting: null, reason: "no-posting" };
}

// Pages are arbitrary input: a markup surprise must yield "no posting", not break the
// content script or the CLI.
function safely<T>(run: () => T | null): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}
