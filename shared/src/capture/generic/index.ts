import type { Adapter } from "../adapter.ts";
import { pageSaysClosed } from "../closed.ts";
import { type Draft, finalize, mergeDrafts } from "../draft.ts";
import { readAppState } from "./app-state.ts";
import { findJobPostingsJsonLd, readJsonLd } from "./jsonld.ts";
import { readMicrodata } from "./microdata.ts";
import { looksLikeJobList, readPage } from "./page.ts";

/** Structured data first (JSON-LD, then microdata); `page` heuristics only fill gaps. */
export function readStructured(doc: Document): { draft: Draft | null; source: string } {
  const ld = readJsonLd(doc);
  if (ld?.title) return { draft: ld, source: "jsonld" };
  const md = readMicrodata(doc);
  if (md?.title) return { draft: md, source: "microdata" };
  return { draft: null, source: "page" };
}

export const generic: Adapter = {
  name: "jsonld",
  matches: ["http://*/*", "https://*/*"],
  spa: false,
  detect: (doc) =>
    findJobPostingsJsonLd(doc).length > 0 || !!doc.querySelector('[itemtype*="schema.org/JobPosting" i]'),
  postingKey: () => null,
  isList: (doc, url) => !readStructured(doc).draft && !readAppState(doc) && looksLikeJobList(doc, url),
  extract(doc, url) {
    // Schema.org first; else the app's server-rendered state (Next/Remix/Inertia stores).
    const structured = readStructured(doc);
    const state = structured.draft ? null : readAppState(doc);
    const { draft, source } = state ? { draft: state, source: "state" } : structured;
    const page = readPage(doc, url, !!draft);
    const merged = mergeDrafts(draft, page);
    if (!merged.title) return null;
    merged.closed = merged.closed || pageSaysClosed(doc);
    return finalize(merged, draft ? source : "page", doc, url);
  },
};
