import type { Salary } from "../../posting.ts";
import { scriptJson } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine, htmlToText } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";

// Indeed's embedded job data, read before the DOM (issue 10, failure 2: a results page whose pane
// the DOM reader did not recognize). Two sources, both only for the selected job key:
// - `window._initialData`: on a results page `autoOpenTwoPaneViewjobResponse.body` is the open
//   pane's full view-job model (title, company, location, salary, sanitized description); on
//   /viewjob it is the model itself.
// - `window.mosaic.providerData["mosaic-provider-jobcards"]`: the result cards (title, company,
//   place, salary snippet, a teaser) — used when the pane's model is absent, never for another key.
// Verified on corpus 1-posting-pages/indeed/marwan562-indeed-serp-frontend-egypt.html (2026).

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const obj = (v: unknown): Json => (isObj(v) ? v : {});
const str = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? cleanLine(String(v)) : "");

const PERIOD: Record<string, Salary["period"]> = {
  YEARLY: "year",
  MONTHLY: "month",
  WEEKLY: "week",
  DAILY: "day",
  HOURLY: "hour",
};

function headerSalary(h: Json): Salary | null {
  const min = typeof h.salaryMin === "number" && h.salaryMin > 0 ? h.salaryMin : null;
  const max = typeof h.salaryMax === "number" && h.salaryMax > 0 ? h.salaryMax : null;
  const currency = str(h.salaryCurrency).toUpperCase();
  const period = PERIOD[str(h.salaryType).toUpperCase()];
  if ((min === null && max === null) || !/^[A-Z]{3}$/.test(currency) || !period) return null;
  return { min: min ?? max, max: max ?? min, currency, period };
}

/** The open pane's view-job model for `jobKey` (or the page's own on /viewjob). */
function paneModel(doc: Document, jobKey: string | null): Draft | null {
  const data = obj(scriptJson(doc, "window._initialData="));
  const auto = obj(data.autoOpenTwoPaneViewjobResponse);
  const body = isObj(auto.body) ? auto.body : isObj(data.jobInfoWrapperModel) ? data : null;
  if (!body) return null;
  const key = str(body.jobKey) || str(data.autoOpenTwoPaneJobKey);
  if (jobKey && key && key !== jobKey) return null; // the pane shows another job than the one selected
  const info = obj(obj(body.jobInfoWrapperModel).jobInfoModel);
  const h = obj(info.jobInfoHeaderModel);
  const title = str(h.jobTitle) || str(body.jobTitle);
  if (!title) return null;
  const place = str(h.formattedLocation) || str(body.jobLocation);
  const remoteFlag = h.remoteLocation === true ? "remote" : "unknown";
  const remoteModel = str(obj(h.remoteWorkModel).text);
  const jobType = str(obj(info.jobMetadataHeaderModel).jobType) || str(h.jobTypes);
  return {
    title,
    company: str(h.companyName),
    locations: splitLocations(place),
    remote: remoteFlag !== "unknown" ? remoteFlag : detectRemote(remoteModel || place),
    employmentType: normalizeEmploymentType(jobType || null),
    salary: headerSalary(h),
    description: htmlToText(typeof info.sanitizedJobDescription === "string" ? info.sanitizedJobDescription : ""),
    sourceId: key || jobKey,
  };
}

/** The result card for `jobKey` from the cards provider data. */
function cardModel(doc: Document, jobKey: string): Draft | null {
  const data = obj(scriptJson(doc, 'window.mosaic.providerData["mosaic-provider-jobcards"]='));
  const results = obj(obj(data.metaData).mosaicProviderJobCardsModel).results;
  const card = Array.isArray(results) ? results.map(obj).find((r) => str(r.jobkey) === jobKey) : undefined;
  if (!card || !str(card.title)) return null;
  const place = str(card.formattedLocation);
  const snippet = obj(card.salarySnippet);
  return {
    title: str(card.displayTitle) || str(card.title),
    company: str(card.company),
    locations: splitLocations(place),
    remote: card.remoteLocation === true ? "remote" : detectRemote(place),
    salary: parseSalaryText(str(snippet.text), { defaultCurrency: str(snippet.currency) || undefined }),
    description: htmlToText(typeof card.snippet === "string" ? card.snippet : ""),
    sourceId: jobKey,
  };
}

/** The selected job from Indeed's embedded data: the pane model, else its card. */
export function fromEmbedded(doc: Document, jobKey: string | null): Draft | null {
  return paneModel(doc, jobKey) ?? (jobKey ? cardModel(doc, jobKey) : null);
}
