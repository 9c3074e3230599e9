import type { Adapter } from "../adapter.ts";
import { buildPosting, hostIs, idFrom } from "../board.ts";
import { pick, pickAll, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { fromEmbedded } from "./embedded.ts";
import { selectors as S } from "./selectors.ts";

function indeedId(url: URL): string | null {
  return idFrom(url, null, "vjk", "jk");
}

const EMPLOYMENT = /\b(full-time|part-time|contract|temporary|internship|permanent)\b/i;

function fromDom(doc: Document): Draft | null {
  const pane = pick(doc, S.pane) ?? doc;
  const titleEl = pick(pane, S.title) ?? pick(doc, S.title);
  // The title element carries a visually hidden " - job post" suffix.
  const title = textOf(titleEl).replace(/\s*-\s*job post$/i, "");
  if (!title) return null;
  const loc = pickText(pane, S.location);
  const details = pickAll(pane, S.details).map(textOf).join(" · ");
  const salaryText = pickAll(pane, S.salary)
    .map(textOf)
    .find((t) => /\d/.test(t) && /[$€£₹]|\b[A-Z]{3}\b/.test(t));
  return {
    title,
    company: pickText(pane, S.company),
    locations: splitLocations(loc.replace(/^(remote|hybrid( work)?) in\s+/i, "")),
    remote: detectRemote(loc) !== "unknown" ? detectRemote(loc) : detectRemote(details),
    employmentType: normalizeEmploymentType(EMPLOYMENT.exec(details)?.[1] ?? null),
    salary: parseSalaryText(salaryText),
    description: richText(pick(pane, S.description)),
  };
}

export const indeed: Adapter = {
  name: "indeed",
  // Country sites: uk.indeed.com style (covered by *.indeed.com) and the older national domains.
  matches: [
    "*://*.indeed.com/*",
    "*://*.indeed.co.uk/*",
    "*://*.indeed.ca/*",
    "*://*.indeed.de/*",
    "*://*.indeed.fr/*",
    "*://*.indeed.nl/*",
    "*://*.indeed.co.in/*",
  ],
  spa: true,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: indeedId,
  // A results page whose right-hand pane is closed: cards only, nothing selected.
  isList: (doc, url) =>
    !indeedId(url) && !pick(doc, S.signature) && !pick(doc, S.selectedCard) && pickAll(doc, S.cards).length > 1,
  extract(doc, url) {
    const jk = indeedId(url) ?? pick(doc, S.selectedCard)?.getAttribute("data-jk") ?? null;
    const canonical = jk && hostIs(url, "indeed.com") ? `https://www.indeed.com/viewjob?jk=${jk}` : null;
    const pane = pick(doc, S.pane);
    return buildPosting(
      this.name,
      doc,
      url,
      // The rendered pane first (what the user reads), then the embedded data for the same key.
      [{ sourceId: jk, url: canonical }, fromDom(doc), fromEmbedded(doc, jk), "structured"],
      [pick(doc, S.closedNotice), pane && pick(pane, [".jobsearch-HeaderContainer", ".jobsearch-InfoHeaderContainer"])],
    );
  },
};
