import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick, pickOwn, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { detectRemote, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

/** Text of the row an icon sits in (the icon's wrapper's sibling holds the value). */
function iconRow(root: Document | Element, icons: readonly string[]): string {
  const icon = pickOwn(root, icons);
  let row = icon?.parentElement ?? null;
  while (row && !textOf(row)) row = row.parentElement;
  return textOf(row);
}

function builtinId(url: URL): string | null {
  return /\/job\/[^/]+\/(\d+)/.exec(url.pathname)?.[1] ?? null;
}

/**
 * The posting's own card: `#job-card-<id>`. The "Similar Jobs" widget below repeats the same
 * card markup (icons, salary rows) for other companies' jobs, so nothing is read outside it
 * (issue 10: a similar job's salary was taken when the posting states none).
 */
function postingRoot(doc: Document, url: URL): Element | null {
  const id = builtinId(url);
  const byId = id ? doc.getElementById(`job-card-${id}`) : null;
  if (byId) return byId;
  const body = pick(doc, S.description);
  return body?.closest('[id^="job-card-"]') ?? pick(doc, S.card);
}

function fromDom(doc: Document, url: URL): Draft | null {
  const root = postingRoot(doc, url);
  const title = pickText(root ?? doc, S.title);
  if (!title) return null;
  const scope = root ?? doc;
  const loc = iconRow(scope, S.location);
  const work = iconRow(scope, S.workType);
  return {
    title,
    company: pickText(scope, S.company),
    locations: /^\d+ locations?$/i.test(loc) ? [] : splitLocations(loc),
    remote: detectRemote(work),
    // "Remote or Hybrid" lets the JSON-LD's jobLocationType decide (TELECOMMUTE → remote).
    either: /remote/i.test(work) && /hybrid/i.test(work),
    // "192K-264K Annually": Built In lists US-market pay without a currency sign.
    salary: parseSalaryText(iconRow(scope, S.salary), { defaultCurrency: "USD" }),
    description: richText(pick(doc, S.description)),
  } as Draft & { either: boolean };
}

export const builtin: Adapter = {
  name: "builtin",
  // Built In's national and city sites (a pattern cannot wildcard part of a host name).
  matches: [
    "*://*.builtin.com/*",
    "*://*.builtinsf.com/*",
    "*://*.builtinnyc.com/*",
    "*://*.builtinla.com/*",
    "*://*.builtinchicago.org/*",
    "*://*.builtinboston.com/*",
    "*://*.builtinseattle.com/*",
    "*://*.builtinaustin.com/*",
    "*://*.builtincolorado.com/*",
  ],
  spa: false,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: builtinId,
  extract(doc, url) {
    // JSON-LD gives exact salary and addresses; the DOM adds the work type and fills gaps.
    const dom = fromDom(doc, url) as (Draft & { either?: boolean }) | null;
    const remote = dom?.either ? undefined : dom?.remote;
    return buildPosting(this.name, doc, url, [{ sourceId: builtinId(url), remote }, "structured", dom]);
  },
};
