import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { meta, pick, pickAll, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { detectRemote, normalizeEmploymentType, splitLocations, uniq } from "../text/location.ts";
import { findSalaryInText } from "../text/salary.ts";
import { scopeSalary } from "../text/salary-scope.ts";
import { selectors as S } from "./selectors.ts";

/** Requisition id at the end of the job slug: ".../Senior-Engineer_R12345". */
function workdayId(url: URL): string | null {
  return /\/job\/.*_([A-Za-z0-9-]+)\/?$/.exec(url.pathname)?.[1] ?? null;
}

/** "acme.wd5.myworkdayjobs.com" → "Acme" when the page names no company. */
function tenantName(url: URL): string {
  const t = /^([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com$/i.exec(url.hostname)?.[1] ?? "";
  return t ? t.charAt(0).toUpperCase() + t.slice(1) : "";
}

function fromDom(doc: Document, url: URL): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  const locations = uniq(pickAll(doc, S.locations).flatMap((dd) => splitLocations(textOf(dd))));
  const remoteType = pickText(doc, S.remoteType);
  const description = richText(pick(doc, S.description));
  const logoAlt = (pick(doc, S.company)?.getAttribute("alt") ?? "").replace(/\s*(logo|careers?)$/i, "");
  return {
    title,
    company: pickText(doc, S.companyName) || meta(doc, "og:site_name") || logoAlt || tenantName(url),
    locations: locations.filter((l) => !/^\d+ locations?$/i.test(l)),
    remote: detectRemote(remoteType) !== "unknown" ? detectRemote(remoteType) : detectRemote(locations.join(" ")),
    employmentType: normalizeEmploymentType(pickText(doc, S.timeType)),
    salary: scopeSalary(findSalaryInText(description), description, locations),
    description,
    sourceId: pickText(doc, S.requisitionId) || null,
  };
}

export const workday: Adapter = {
  name: "workday",
  matches: ["*://*.myworkdayjobs.com/*", "*://*.myworkdaysite.com/*"],
  spa: true,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: workdayId,
  // A search-results list (scout-2 workday/adfrisealach-…-search-results-list.html): job titles, no open posting.
  isList: (doc, url) => !workdayId(url) && !pick(doc, S.signature) && pickAll(doc, S.listTitles).length > 1,
  extract(doc, url) {
    // JSON-LD (server-rendered by Workday) names the hiring company better than the DOM.
    return buildPosting(
      this.name,
      doc,
      url,
      ["structured", fromDom(doc, url), { sourceId: workdayId(url) }],
      [pick(doc, S.closedNotice), pick(doc, S.title)?.parentElement],
    );
  },
};
