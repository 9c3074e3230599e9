import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick, pickText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { detectRemote, splitLocations } from "../text/location.ts";
import { selectors as S } from "./selectors.ts";

function teamtailorId(url: URL): string | null {
  return /\/jobs\/(\d+)/.exec(url.pathname)?.[1] ?? null;
}

/** dt → dd text of the facts list ("Remote status" → "Hybrid"). */
function facts(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const dl = pick(doc, S.facts);
  for (const dt of dl?.querySelectorAll("dt") ?? []) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === "DD") out.set(cleanLine(dt.textContent).toLowerCase(), textOf(dd));
  }
  return out;
}

function fromDom(doc: Document): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  // "Technology · London · Hybrid": the workplace is the header's own statement (issue 10: read as unknown).
  const header = pick(doc, S.headerLine);
  const pieces = header ? [...header.children].map(textOf).filter((t) => t && t !== "·") : [];
  const f = facts(doc);
  const remoteFact = [...f].find(([k]) => /remote|workplace|distans|télétravail|arbeitsort/.test(k))?.[1] ?? "";
  const workplace = [remoteFact, ...pieces].map(detectRemote).find((r) => r !== "unknown") ?? "unknown";
  const locFact = [...f].find(([k]) => /^locations?$|^plats|^standort|^lieu/.test(k))?.[1] ?? "";
  return { title, remote: workplace, locations: splitLocations(locFact) };
}

export const teamtailor: Adapter = {
  name: "teamtailor",
  matches: ["*://*.teamtailor.com/jobs/*"],
  spa: false,
  detect: (doc) => !!pick(doc, S.signature) && !!doc.querySelector('script[type*="ld+json"]'),
  postingKey: teamtailorId,
  extract(doc, url) {
    // JSON-LD names the company, address and full description; the header adds the workplace.
    return buildPosting(this.name, doc, url, [{ sourceId: teamtailorId(url) }, "structured", fromDom(doc)]);
  },
};
