import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick, pickText, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { detectRemote, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

/** Text of the row an icon sits in (the icon's wrapper's sibling holds the value). */
function iconRow(doc: Document, icons: readonly string[]): string {
  const icon = pick(doc, icons);
  let row = icon?.parentElement ?? null;
  while (row && !textOf(row)) row = row.parentElement;
  return textOf(row);
}

function builtinId(url: URL): string | null {
  return /\/job\/[^/]+\/(\d+)/.exec(url.pathname)?.[1] ?? null;
}

function fromDom(doc: Document): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  const loc = iconRow(doc, S.location);
  const work = iconRow(doc, S.workType);
  return {
    title,
    company: pickText(doc, S.company),
    locations: /^\d+ locations?$/i.test(loc) ? [] : splitLocations(loc),
    remote: detectRemote(work),
    // "192K-264K Annually": Built In lists US-market pay without a currency sign.
    salary: parseSalaryText(iconRow(doc, S.salary), { defaultCurrency: "USD" }),
    description: richText(pick(doc, S.description)),
  };
}

export const builtin: Adapter = {
  name: "builtin",
  matches: [
    "*://builtin.com/job/*",
    "*://*.builtin.com/job/*",
    "*://*.builtinsf.com/job/*",
    "*://*.builtinnyc.com/job/*",
    "*://*.builtinla.com/job/*",
    "*://*.builtinchicago.org/job/*",
    "*://*.builtinboston.com/job/*",
    "*://*.builtinseattle.com/job/*",
    "*://*.builtinaustin.com/job/*",
    "*://*.builtincolorado.com/job/*",
  ],
  spa: false,
  matchUrl: (url) => /(^|\.)builtin[a-z]*\.(com|org)$/i.test(url.hostname),
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: builtinId,
  extract(doc, url) {
    // JSON-LD gives exact salary and addresses; the DOM adds the work type and fills gaps.
    const dom = fromDom(doc);
    return buildPosting(this.name, doc, url, [{ sourceId: builtinId(url), remote: dom?.remote }, "structured", dom]);
  },
};
