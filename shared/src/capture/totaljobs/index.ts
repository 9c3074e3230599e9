import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick, pickAll, pickText, richText } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

function totaljobsId(url: URL): string | null {
  return /-job(\d+)(?:[/?#]|$)/.exec(url.pathname)?.[1] ?? null;
}

function fromDom(doc: Document): Draft | null {
  const titleEl = pick(doc, S.title);
  if (!titleEl || titleEl.closest('[data-at="job-item"]')) return null;
  const loc = pickText(doc, S.location);
  const work = pickText(doc, S.workType);
  return {
    title: pickText(doc, S.title),
    company: pickText(doc, S.company),
    locations: splitLocations(loc),
    remote: [work, loc].map(detectRemote).find((r) => r !== "unknown") ?? "unknown",
    employmentType: normalizeEmploymentType(work),
    // UK board: "£45,000 - £55,000 per annum"; "Competitive" parses to null.
    salary: parseSalaryText(pickText(doc, S.salary), { defaultCurrency: "GBP" }),
    description: richText(pick(doc, S.description)),
  };
}

export const totaljobs: Adapter = {
  name: "totaljobs",
  matches: ["*://*.totaljobs.com/*"],
  spa: false,
  detect: (doc) => !!pick(doc, ['[data-at="header-job-title"]']),
  postingKey: totaljobsId,
  // A results page ("/jobs/…") shows cards only; no job is open beside them.
  isList: (doc, url) =>
    !totaljobsId(url) && !pick(doc, ['[data-at="header-job-title"]']) && pickAll(doc, S.cards).length > 1,
  extract(doc, url) {
    if (!totaljobsId(url) && !pick(doc, ['[data-at="header-job-title"]'])) return null;
    return buildPosting(this.name, doc, url, [{ sourceId: totaljobsId(url) }, "structured", fromDom(doc)]);
  },
};
