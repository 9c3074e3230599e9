import { type Draft, isoDate } from "../draft.ts";
import { cleanLine, htmlToText } from "../text/html-to-text.ts";
import { detectRemote, splitLocations } from "../text/location.ts";

// LinkedIn's server-rendered state: the logged-in job view is first sent as a shell whose
// <code style="display:none"> blocks hold Voyager API responses ({data, included:[entities]}).
// Before the client renders the top card, the posting exists only there (issue 10, failure 1).
// Entity shapes verified on corpus 2-api-responses/linkedin/jobosint-linkedin-voyager-{top-card,
// job-description-card}.json (dash entities, 2025) and the pre-dash `com.linkedin.voyager.jobs.JobPosting`.

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === "string" ? v : isObj(v) && typeof v.text === "string" ? v.text : "");

/** Every entity in the page's <code> JSON blocks, merged by entityUrn (one entity comes in fragments). */
export function codeEntities(doc: Document): Map<string, Json> {
  const byUrn = new Map<string, Json>();
  for (const code of doc.querySelectorAll("code")) {
    const raw = (code.textContent ?? "").trim();
    if (!raw.startsWith("{") || !raw.includes("included")) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const included = isObj(parsed) && Array.isArray(parsed.included) ? parsed.included : [];
    for (const e of included) {
      if (!isObj(e) || typeof e.entityUrn !== "string") continue;
      byUrn.set(e.entityUrn, { ...byUrn.get(e.entityUrn), ...e });
    }
  }
  return byUrn;
}

const WORKPLACE: Record<string, Draft["remote"]> = { "1": "onsite", "2": "remote", "3": "hybrid" };

/** The posting with this id (or the only posting) from the <code> JSON, as a draft. */
export function fromCodeJson(doc: Document, jobId: string | null): Draft | null {
  const all = codeEntities(doc);
  if (!all.size) return null;
  const postings = [...all.values()].filter((e) => /\.jobs\.JobPosting$/.test(String(e.$type)) && e.title);
  const idOf = (e: Json) => /(?<!\d)(\d{6,})\)?$/.exec(String(e.entityUrn))?.[1] ?? null;
  // Only the selected posting: a shell can also carry recommended jobs' entities.
  const job = jobId ? postings.find((e) => idOf(e) === jobId) : postings.length === 1 ? postings[0] : undefined;
  if (!job) return null;
  const id = idOf(job);
  const ref = (v: unknown): Json | undefined => (typeof v === "string" ? all.get(v) : undefined);
  const card = [...all.values()].find(
    (e) => String(e.$type).endsWith("JobPostingCard") && String(e["*jobPosting"] ?? "").endsWith(`:${id}`),
  );
  const descEntity = [...all.values()].find(
    (e) => String(e.$type).endsWith("JobDescription") && String(e["*jobPosting"] ?? "").endsWith(`:${id}`),
  );
  // Company: dash `companyDetails.jobCompany.*company` → Company entity, pre-dash `companyResolutionResult`.
  const details = isObj(job.companyDetails) ? job.companyDetails : {};
  const jobCompany = isObj(details.jobCompany) ? details.jobCompany : {};
  const companyEntity = ref(jobCompany["*company"]) ?? ref(details["*companyResolutionResult"]) ?? ref(details.company);
  const resolved = isObj(details.companyResolutionResult) ? details.companyResolutionResult : {};
  // "Zillow · United States (Remote)": the card's subtitle names company and place.
  const [subCompany, ...subRest] = cleanLine(text(card?.navigationBarSubtitle)).split(/(?<!\s)\s+·\s+/);
  const company =
    cleanLine(String(companyEntity?.name ?? resolved.name ?? jobCompany.rawCompanyName ?? "")) ||
    cleanLine(String(details.companyName ?? "")) ||
    subCompany ||
    "";
  const geo = ref(job["*location"]);
  const place =
    cleanLine(
      String(job.formattedLocation ?? geo?.defaultLocalizedName ?? geo?.defaultLocalizedNameWithoutCountryName ?? ""),
    ) || subRest.join(" · ");
  const workplaceUrns = (job["*jobWorkplaceTypes"] ?? job.workplaceTypes ?? []) as unknown[];
  const workplaceEnum = workplaceUrns
    .map((u) => ref(u)?.workplaceTypeEnum ?? /:(\d)$/.exec(String(u))?.[1])
    .map((w) => (typeof w === "string" ? (WORKPLACE[w] ?? detectRemote(w.replace(/_/g, "-"))) : "unknown"))
    .find((w) => w !== "unknown");
  const remote = workplaceEnum ?? (job.workRemoteAllowed === true ? "remote" : detectRemote(subRest.join(" ")));
  const description = text(descEntity?.descriptionText) || text(job.description);
  const listed =
    typeof job.listedAt === "number" ? job.listedAt : typeof job.createdAt === "number" ? job.createdAt : null;
  return {
    title: cleanLine(String(job.title)),
    company,
    locations: splitLocations(place),
    remote,
    description: /<[a-z]/i.test(description) ? htmlToText(description) : description,
    postedAt: listed ? new Date(listed).toISOString().slice(0, 10) : isoDate(String(descEntity?.postedOnText ?? "")),
    closed: job.jobState === "CLOSED" || job.closed === true,
    sourceId: id,
  };
}
