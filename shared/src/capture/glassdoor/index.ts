import type { Adapter } from "../adapter.ts";
import { buildPosting, idFrom } from "../board.ts";
import { pick, pickAll, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { detectRemote, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

/** The listing shown: ?jl=<id>, else the pane title's "jd-job-title-<id>". */
function glassdoorId(url: URL, doc?: Document): string | null {
  const fromUrl = idFrom(url, null, "jl", "jobListingId");
  if (fromUrl) return fromUrl;
  const h1 = doc ? pick(doc, S.title) : null;
  return /jd-job-title-(\d+)/.exec(h1?.id ?? "")?.[1] ?? null;
}

function fromPane(doc: Document): Draft | null {
  const pane = pick(doc, S.pane);
  if (!pane) return null;
  const title = pickText(pane, S.title);
  if (!title) return null;
  const logoAlt = pick(pane, S.logo)?.getAttribute("alt") ?? "";
  const company = pickText(pane, S.company) || logoAlt.replace(/^(logo|logotipo|logotype)\s+(de\s+)?/i, "");
  const loc = pickText(pane, S.location);
  // Glassdoor's own estimate ("Salaire estimé par Glassdoor") is not the employer's figure: only a
  // range the pane shows without the estimate label is kept.
  const salaryEl = pick(pane, S.salary);
  const salaryText = salaryEl && !/estim|glassdoor/i.test(textOf(salaryEl.parentElement)) ? textOf(salaryEl) : "";
  return {
    title,
    company: company.replace(/(?<!\s)\s+\d+[,.]\d\s*★?$/, ""),
    locations: splitLocations(loc),
    remote: detectRemote(loc),
    salary: parseSalaryText(salaryText),
    description: richText(pick(pane, S.description)),
  };
}

export const glassdoor: Adapter = {
  name: "glassdoor",
  matches: [
    "*://*.glassdoor.com/*",
    "*://*.glassdoor.fr/*",
    "*://*.glassdoor.co.uk/*",
    "*://*.glassdoor.de/*",
    "*://*.glassdoor.ca/*",
    "*://*.glassdoor.com.au/*",
    "*://*.glassdoor.co.in/*",
    "*://*.glassdoor.ie/*",
    "*://*.glassdoor.nl/*",
    "*://*.glassdoor.es/*",
    "*://*.glassdoor.it/*",
    "*://*.glassdoor.be/*",
    "*://*.glassdoor.ch/*",
    "*://*.glassdoor.at/*",
  ],
  spa: true,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: (url) => glassdoorId(url),
  isList: (doc) => !pick(doc, S.pane) && pickAll(doc, S.cards).length > 1,
  extract(doc, url) {
    const pane = fromPane(doc);
    if (!pane) return null;
    return buildPosting(this.name, doc, url, [{ sourceId: glassdoorId(url, doc) }, pane, "structured"]);
  },
};
