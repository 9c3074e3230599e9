import type { Salary } from "../../posting.ts";
import { scriptJson } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { isoDate } from "../draft.ts";
import { cleanLine, htmlToText } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations, uniq } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";

// Server-rendered app state of career sites built on Next.js (`<script id="__NEXT_DATA__">`), Remix
// (`window.__remixContext`), Inertia (`<div data-page>`) and the common `window.__INITIAL_STATE__`
// / `__PRELOADED_STATE__` / `__APOLLO_STATE__` stores: the posting is often there before any DOM
// renders it. No fixed schema: an object is a job when it has a short title field and a long
// description field; the page's own job is the only one, or the one its headline names.

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? cleanLine(String(v)) : "");

const TITLE_KEYS = ["title", "jobTitle", "positionTitle", "postingTitle", "position", "name"];
const DESC_KEYS = [
  "descriptionHtml",
  "description",
  "jobDescription",
  "descriptionPlain",
  "content",
  "body",
  "details",
];
const COMPANY_KEYS = [
  "companyName",
  "company",
  "hiringOrganization",
  "organization",
  "employer",
  "employerName",
  "brand",
];
const LOCATION_KEYS = ["locations", "location", "locationName", "jobLocation", "city", "office", "offices"];

function first(o: Json, keys: string[], pred: (v: unknown) => boolean): unknown {
  for (const k of keys) if (k in o && pred(o[k])) return o[k];
  return undefined;
}

const shortText = (v: unknown) => typeof v === "string" && v.trim().length > 1 && v.length <= 200;
const longText = (v: unknown) =>
  (typeof v === "string" && v.length >= 200) || (isObj(v) && typeof v.html === "string" && v.html.length >= 200);

/** The JSON blobs of the page's app state. */
function stateBlobs(doc: Document): unknown[] {
  const out: unknown[] = [];
  const next = doc.querySelector("script#__NEXT_DATA__")?.textContent;
  if (next) {
    try {
      out.push(JSON.parse(next));
    } catch {
      /* not JSON: ignore */
    }
  }
  const page = doc.querySelector("[data-page]")?.getAttribute("data-page");
  if (page?.startsWith("{")) {
    try {
      out.push(JSON.parse(page));
    } catch {
      /* ignore */
    }
  }
  for (const marker of [
    "window.__remixContext =",
    "window.__INITIAL_STATE__ =",
    "window.__PRELOADED_STATE__ =",
    "window.__APOLLO_STATE__ =",
  ]) {
    const v = scriptJson(doc, marker) ?? scriptJson(doc, marker.replace(" =", "="));
    if (v !== undefined) out.push(v);
  }
  return out;
}

function collectJobs(v: unknown, out: Json[], budget = { n: 50_000 }, depth = 0): void {
  if (depth > 14 || budget.n-- <= 0) return;
  if (Array.isArray(v)) {
    for (const x of v) collectJobs(x, out, budget, depth + 1);
    return;
  }
  if (!isObj(v)) return;
  if (first(v, TITLE_KEYS, shortText) !== undefined && first(v, DESC_KEYS, longText) !== undefined) out.push(v);
  for (const x of Object.values(v)) if (typeof x === "object" && x) collectJobs(x, out, budget, depth + 1);
}

function nameOf(v: unknown): string {
  if (typeof v === "string") return cleanLine(v);
  if (isObj(v)) return str(v.name ?? v.displayName ?? v.title ?? v.label);
  return "";
}

function placesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return uniq(
    list.flatMap((x) => {
      if (typeof x === "string") return splitLocations(x);
      if (!isObj(x)) return [];
      const named = str(x.name ?? x.label ?? x.displayName ?? x.formatted);
      if (named) return splitLocations(named);
      return splitLocations([x.city, x.region ?? x.state, x.country].map(str).filter(Boolean).join(", "));
    }),
  );
}

function salaryOf(o: Json): Salary | null {
  const raw = o.salaryRange ?? o.salary ?? o.compensation ?? o.pay ?? o.payRange;
  if (typeof raw === "string") return parseSalaryText(raw);
  if (isObj(raw)) {
    const min = typeof raw.min === "number" ? raw.min : null;
    const max = typeof raw.max === "number" ? raw.max : null;
    const currency = str(raw.currency ?? raw.currencyCode).toUpperCase();
    if ((min !== null || max !== null) && /^[A-Z]{3}$/.test(currency))
      return parseSalaryText(
        `${currency} ${min ?? max} - ${max ?? min} ${str(raw.period ?? raw.interval ?? raw.unit)}`,
      );
    return parseSalaryText(str(raw.text ?? raw.label ?? raw.summary));
  }
  return null;
}

function toDraft(o: Json): Draft {
  const descRaw = first(o, DESC_KEYS, longText);
  const html = isObj(descRaw) ? String(descRaw.html) : String(descRaw ?? "");
  const locations = placesOf(first(o, LOCATION_KEYS, (v) => v !== null && v !== undefined && v !== ""));
  const workplace = str(o.workplaceType ?? o.remoteType ?? o.workplace ?? o.locationType);
  const remote =
    o.isRemote === true || o.remote === true
      ? "remote"
      : detectRemote(workplace) !== "unknown"
        ? detectRemote(workplace)
        : (locations.map(detectRemote).find((r) => r !== "unknown") ?? "unknown");
  return {
    title: str(first(o, TITLE_KEYS, shortText)),
    company: nameOf(first(o, COMPANY_KEYS, (v) => !!nameOf(v))),
    locations,
    remote,
    employmentType: normalizeEmploymentType(str(o.employmentType ?? o.jobType ?? o.commitment) || null),
    salary: salaryOf(o),
    description: htmlToText(html),
    postedAt: isoDate(str(o.datePosted ?? o.publishedAt ?? o.postedAt ?? o.createdAt)),
    sourceId: str(o.id ?? o.jobId ?? o.requisitionId) || null,
  };
}

/** The page's job from its app state, or null (none, or several and the headline names none). */
export function readAppState(doc: Document): Draft | null {
  const jobs: Json[] = [];
  for (const blob of stateBlobs(doc)) collectJobs(blob, jobs);
  if (!jobs.length) return null;
  const drafts = jobs.map(toDraft);
  const titles = new Set(drafts.map((d) => d.title?.toLowerCase()));
  if (titles.size === 1) return drafts.find((d) => d.company) ?? drafts[0] ?? null;
  const heads = [...doc.querySelectorAll("h1")].map((h) => cleanLine(h.textContent).toLowerCase());
  const docTitle = cleanLine(doc.querySelector("title")?.textContent).toLowerCase();
  return (
    drafts.find((d) => {
      const t = d.title?.toLowerCase() ?? "";
      return t && (heads.includes(t) || docTitle.startsWith(t));
    }) ?? null
  );
}
