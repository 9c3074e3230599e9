import { decodeEntities } from "../../normalize/html.ts";
import type { Salary, SalaryPeriod } from "../../posting.ts";
import type { Draft } from "../draft.ts";
import { isoDate } from "../draft.ts";
import { cleanLine, htmlToText } from "../text/html-to-text.ts";
import { countryCode, normalizeEmploymentType, normalizeLocation, stateCode, uniq } from "../text/location.ts";

// schema.org JobPosting in <script type="application/ld+json">: single objects, arrays,
// @graph, mainEntity, and the entity-encoded type attribute Built In serves
// (`application/ld&#x2B;json`), which some DOM libraries leave undecoded.

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export function parseJsonLoose(text: string): unknown {
  const t = text
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, "");
  try {
    return JSON.parse(t);
  } catch {
    try {
      // Raw newlines/tabs inside strings and trailing commas are the usual breakages.
      const noControls = [...t].map((c) => (c.charCodeAt(0) < 32 ? " " : c)).join("");
      return JSON.parse(noControls.replace(/,\s*([}\]])/g, "$1"));
    } catch {
      return undefined;
    }
  }
}

function isJobPosting(v: Json): boolean {
  const t = v["@type"];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === "string" && /(^|[/:])JobPosting$/.test(x));
}

function collect(v: unknown, out: Json[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(v)) {
    for (const x of v) collect(x, out, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  if (isJobPosting(v)) out.push(v);
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item"]) {
    if (key in v) collect(v[key], out, depth + 1);
  }
}

/** All JobPosting objects in the page's JSON-LD blocks. */
export function findJobPostingsJsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  for (const s of doc.querySelectorAll("script")) {
    const type = decodeEntities(s.getAttribute("type") ?? "").toLowerCase();
    if (!type.includes("ld+json")) continue;
    collect(parseJsonLoose(s.textContent ?? ""), out);
  }
  return out;
}

const str = (v: unknown): string => {
  if (typeof v === "string" || typeof v === "number") return cleanLine(String(v));
  if (Array.isArray(v)) return str(v[0]);
  if (isObj(v)) return str(v.name ?? v["@value"] ?? v.value);
  return "";
};

function addressToString(a: unknown): string {
  if (typeof a === "string") return normalizeLocation(a);
  if (!isObj(a)) return "";
  const locality = str(a.addressLocality);
  const regionRaw = str(a.addressRegion);
  const country = str(a.addressCountry);
  const cc = countryCode(country);
  const region = cc === "US" || (!cc && stateCode(regionRaw)) ? (stateCode(regionRaw) ?? regionRaw) : regionRaw;
  const parts = [locality, region, cc ?? country].filter(Boolean);
  return uniq(parts).join(", ");
}

export function jsonLdLocations(p: Json): string[] {
  const locs = Array.isArray(p.jobLocation) ? p.jobLocation : p.jobLocation ? [p.jobLocation] : [];
  const out: string[] = [];
  for (const l of locs) {
    if (typeof l === "string") out.push(normalizeLocation(l));
    else if (isObj(l)) out.push(addressToString(l.address ?? l) || str(l.name));
  }
  return uniq(out.filter(Boolean));
}

const UNIT: Record<string, SalaryPeriod> = { HOUR: "hour", DAY: "day", WEEK: "week", MONTH: "month", YEAR: "year" };

export function jsonLdSalary(v: unknown): Salary | null {
  const s = Array.isArray(v) ? v[0] : v;
  if (!isObj(s)) return null;
  const currency = str(s.currency).toUpperCase();
  const value = s.value;
  let min: number | null = null;
  let max: number | null = null;
  let unit = str(s.unitText);
  const num = (x: unknown): number | null => {
    const n = typeof x === "number" ? x : typeof x === "string" ? Number(x.replace(/[,\s$€£]/g, "")) : Number.NaN;
    return Number.isFinite(n) && n > 0 ? n : null;
  };
  if (isObj(value)) {
    min = num(value.minValue) ?? num(value.value);
    max = num(value.maxValue) ?? num(value.value);
    unit = str(value.unitText) || unit;
  } else {
    min = max = num(value);
  }
  if (!/^[A-Z]{3}$/.test(currency) || (min === null && max === null)) return null;
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return { min, max, currency, period: UNIT[unit.toUpperCase()] ?? "year" };
}

/** Reads one schema.org JobPosting object into a draft. */
export function jsonLdToDraft(p: Json): Draft {
  const org = p.hiringOrganization;
  const locations = jsonLdLocations(p);
  const locType = str(p.jobLocationType).toUpperCase();
  const remote = locType.includes("TELECOMMUTE") ? "remote" : "unknown";
  const reqs = Array.isArray(p.applicantLocationRequirements)
    ? p.applicantLocationRequirements
    : p.applicantLocationRequirements
      ? [p.applicantLocationRequirements]
      : [];
  const reqLocations = reqs.map((r) => countryCode(str(r)) ?? str(r)).filter(Boolean);
  const ident = p.identifier;
  const description = typeof p.description === "string" ? htmlToText(p.description) : "";
  return {
    title: decodeEntities(str(p.title) || str(p.name)),
    company: decodeEntities(str(org)),
    locations: locations.length ? locations : remote === "remote" ? reqLocations : [],
    remote,
    employmentType: normalizeEmploymentType(
      Array.isArray(p.employmentType) ? p.employmentType.map(str) : str(p.employmentType),
    ),
    salary: jsonLdSalary(p.baseSalary) ?? jsonLdSalary(p.estimatedSalary),
    description,
    postedAt: isoDate(str(p.datePosted)),
    sourceId: isObj(ident) ? str(ident.value) || null : str(ident) || null,
    url: str(p.url) || null,
  };
}

/**
 * The page's JobPosting as a draft, or null. A page listing several postings (a careers
 * index) only yields one when the page's own headline names it.
 */
export function readJsonLd(doc: Document): Draft | null {
  const all = findJobPostingsJsonLd(doc);
  const drafts = all.map(jsonLdToDraft);
  const titles = new Set(drafts.map((d) => d.title));
  if (titles.size <= 1) return drafts[0] ?? null;
  const headline = cleanLine(doc.querySelector("h1")?.textContent).toLowerCase();
  const docTitle = cleanLine(doc.querySelector("title")?.textContent).toLowerCase();
  return (
    drafts.find((d) => d.title && (headline === d.title.toLowerCase() || docTitle.startsWith(d.title.toLowerCase()))) ??
    null
  );
}
