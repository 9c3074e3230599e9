import type { Adapter } from "../adapter.ts";
import { buildPosting, hostIs } from "../board.ts";
import { pick, pickText, richText, scriptJson } from "../dom.ts";
import { type Draft, isoDate } from "../draft.ts";
import { htmlToText } from "../text/html-to-text.ts";
import { countryCode, detectRemote, normalizeEmploymentType, stateCode } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { appDataMarker, selectors as S } from "./selectors.ts";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function appPosting(doc: Document): { posting: Json; org: Json | null } | null {
  const data = scriptJson(doc, appDataMarker);
  if (!isObj(data) || !isObj(data.posting)) return null;
  return { posting: data.posting, org: isObj(data.organization) ? data.organization : null };
}

function fromAppData(doc: Document): Draft | null {
  const app = appPosting(doc);
  if (!app) return null;
  const p = app.posting;
  const s = (v: unknown) => (typeof v === "string" ? v : "");
  const addr = isObj(p.address) && isObj(p.address.postalAddress) ? p.address.postalAddress : null;
  const cc = addr ? countryCode(s(addr.addressCountry)) : null;
  const region = addr ? s(addr.addressRegion) : "";
  const primary = addr
    ? [s(addr.addressLocality), (cc === "US" && stateCode(region)) || region, cc ?? s(addr.addressCountry)]
        .filter(Boolean)
        .join(", ")
    : "";
  // workplaceType ("Hybrid") is more exact than JSON-LD's TELECOMMUTE, which Ashby sets for hybrid too.
  const workplace = s(p.workplaceType);
  const badge = detectRemote(workplace);
  const remote = badge !== "unknown" ? badge : p.isRemote === true ? "remote" : "unknown";
  return {
    title: s(p.title),
    company: app.org ? s(app.org.name) : "",
    locations: primary ? [primary] : [],
    remote,
    employmentType: normalizeEmploymentType(s(p.employmentType)),
    salary: parseSalaryText(s(p.scrapeableCompensationSalarySummary)),
    description: htmlToText(s(p.descriptionHtml)),
    postedAt: isoDate(s(p.publishedDate)),
    sourceId: s(p.id) || null,
  };
}

function fromDom(doc: Document): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  return { title, description: richText(pick(doc, S.description)) };
}

function ashbyId(url: URL): string | null {
  return /^\/[^/]+\/([0-9a-f-]{36})/i.exec(url.pathname)?.[1] ?? null;
}

export const ashby: Adapter = {
  name: "ashby",
  matches: ["*://jobs.ashbyhq.com/*"],
  spa: true,
  detect: (doc) => !!pick(doc, S.signature) || !!appPosting(doc),
  postingKey: ashbyId,
  // The company board (jobs.ashbyhq.com/<company>) lists postings; none is open on it.
  isList: (_doc, url) => hostIs(url, "jobs.ashbyhq.com") && !ashbyId(url),
  extract(doc, url) {
    const id = ashbyId(url);
    const canonical =
      hostIs(url, "ashbyhq.com") && id ? `${url.origin}${url.pathname.replace(/\/application\/?$/, "")}` : null;
    return buildPosting(this.name, doc, url, [
      { sourceId: id, url: canonical },
      fromAppData(doc),
      "structured",
      fromDom(doc),
    ]);
  },
};
