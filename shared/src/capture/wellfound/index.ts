import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick, pickAll, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { detectRemote, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

function wellfoundId(url: URL): string | null {
  return /^\/jobs\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get("job_listing_slug")?.split("-")[0] ?? null;
}

function fromDom(doc: Document): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  const comp = pickText(doc, S.compensation);
  // "San Francisco • Remote (US)": the first part is the office, the rest work-arrangement badges.
  const locLine = pickText(doc, S.location);
  const loc = locLine.split("•")[0] ?? "";
  const badges = pickAll(doc, S.badges).map(textOf);
  return {
    title,
    company: pickText(doc, S.company),
    locations: splitLocations(loc),
    remote: [...badges, locLine].map(detectRemote).find((r) => r !== "unknown") ?? "unknown",
    // "$120k – $150k • 0.1% – 0.5%": the equity part is not salary.
    salary: parseSalaryText(comp.split("•")[0]),
    description: richText(pick(doc, S.description)),
  };
}

export const wellfound: Adapter = {
  name: "wellfound",
  // Job pages only (/jobs, /jobs/123-…, /company/x/jobs/…); the rest of the site is profiles and feeds.
  matches: ["*://*.wellfound.com/*job*", "*://*.angel.co/*job*"],
  spa: true,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: wellfoundId,
  extract(doc, url) {
    return buildPosting(this.name, doc, url, ["structured", fromDom(doc), { sourceId: wellfoundId(url) }]);
  },
};
