import type { Adapter } from "../adapter.ts";
import { buildPosting } from "../board.ts";
import { pick } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine, htmlToText } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? cleanLine(String(v)) : "");

function waasId(url: URL): string | null {
  return /^\/jobs\/(\d+)/.exec(url.pathname)?.[1] ?? null;
}

/** The page's own job from Inertia's `data-page` props (the company's other jobs are a separate list). */
function fromState(doc: Document): Draft | null {
  let page: unknown;
  try {
    page = JSON.parse(pick(doc, S.state)?.getAttribute("data-page") ?? "");
  } catch {
    return null;
  }
  const props = isObj(page) && isObj(page.props) ? page.props : {};
  const job = isObj(props.job) ? props.job : null;
  if (!job || !str(job.title)) return null;
  const company = isObj(props.company) ? props.company : {};
  const location = str(job.location);
  return {
    title: str(job.title),
    company: str(company.name),
    locations: splitLocations(location),
    remote: detectRemote(location),
    employmentType: normalizeEmploymentType(str(job.jobType)),
    // "$20K - $30K": yearly pay in the job's own field.
    salary: parseSalaryText(str(job.salaryRange), { defaultPeriod: "year" }),
    description: htmlToText(typeof job.descriptionHtml === "string" ? job.descriptionHtml : ""),
    sourceId: str(job.id) || null,
  };
}

export const workatastartup: Adapter = {
  name: "workatastartup",
  matches: ["*://www.workatastartup.com/jobs/*", "*://workatastartup.com/jobs/*"],
  spa: false,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: waasId,
  extract(doc, url) {
    const state = fromState(doc);
    if (!state) return null;
    return buildPosting(this.name, doc, url, [{ sourceId: waasId(url) }, state]);
  },
};
