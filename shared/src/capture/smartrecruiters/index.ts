import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick, pickAll, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { findSalaryInText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

function srId(url: URL): string | null {
  return /^\/[^/]+\/(\d{6,})/.exec(url.pathname)?.[1] ?? null;
}

function fromDom(doc: Document, url: URL): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  const companyEl = pick(doc, S.company);
  const company =
    cleanLine(companyEl?.getAttribute("content") ?? companyEl?.getAttribute("alt") ?? companyEl?.textContent).replace(
      /\s+logo$/i,
      "",
    ) || decodeURIComponent(/^\/([^/]+)\//.exec(url.pathname)?.[1] ?? "").replace(/[-_]/g, " ");
  const locEl = pick(doc, S.location);
  const loc = cleanLine(locEl?.getAttribute("formattedaddress") ?? textOf(locEl));
  const details = pickAll(doc, S.details).map(textOf);
  const description = richText(pick(doc, S.description));
  // <spl-job-location workplacetype="remote|hybrid|onsite"> states the arrangement directly.
  const placeType = detectRemote(locEl?.getAttribute("workplacetype"));
  const workplace =
    placeType !== "unknown" ? placeType : (details.map(detectRemote).find((r) => r !== "unknown") ?? detectRemote(loc));
  return {
    title,
    company,
    locations: splitLocations(loc),
    remote: workplace,
    employmentType: normalizeEmploymentType(details.find((d) => /time|contract|intern|temporary/i.test(d)) ?? null),
    salary: findSalaryInText(description),
    description,
  };
}

export const smartrecruiters: Adapter = {
  name: "smartrecruiters",
  matches: ["*://jobs.smartrecruiters.com/*", "*://careers.smartrecruiters.com/*"],
  spa: false,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: srId,
  extract(doc, url) {
    return buildPosting(
      this.name,
      doc,
      url,
      [{ sourceId: srId(url) }, fromDom(doc, url), "structured"],
      [pick(doc, S.closedNotice), pick(doc, S.title)?.parentElement],
    );
  },
};
