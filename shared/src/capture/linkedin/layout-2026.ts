import { pick, pickAll, precedes, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { selectors as S } from "./selectors.ts";

// LinkedIn's 2026 logged-in job view (server-driven UI, hashed class names, none of the classic
// `jobs-unified-top-card` classes). Stable hooks: `componentkey="JobDetails_AboutTheJob_<id>"`,
// `data-testid="expandable-text-box"`, the "Company, <name>." aria-label, the document title
// "<Title> | <Company> | LinkedIn", and the "<place> · <age> · <n> people clicked apply" line.

const AGE = /\b(ago|clicked apply|applicants?|reposted|fa|candidat[io]|vor|il y a)\b/i;

export function from2026(doc: Document, jobId: string | null): Draft | null {
  const about =
    (jobId && doc.querySelector(`[componentkey="JobDetails_AboutTheJob_${jobId}"]`)) || pick(doc, S.layout2026.about);
  if (!about) return null;
  const [title = "", company = ""] = cleanLine(doc.querySelector("title")?.textContent)
    .replace(/^\(\d+\)\s*/, "")
    .split(/(?<!\s)\s+\|\s+/);
  if (!title) return null;
  const companyLabel = pick(doc, S.layout2026.companyLabel)?.getAttribute("aria-label") ?? "";
  // The top card sits before "About the job"; lines after it (similar jobs, people) are not the posting's.
  const before = (el: Element) => precedes(el, about);
  const lines = pickAll(doc, "p").filter((p) => before(p) && !p.closest(S.layout2026.notPosting.join(",")));
  const placeLine = lines.map(textOf).find((t) => t.includes(" · ") && AGE.test(t)) ?? "";
  const place = placeLine.split(/(?<!\s)\s+·\s+/)[0] ?? "";
  const pills = pickAll(doc, "button span")
    .filter(before)
    .map(textOf)
    .filter((t) => t.length < 30);
  const workplace = pills.map(detectRemote).find((r) => r !== "unknown") ?? detectRemote(place);
  const employment = pills
    .map((t) => normalizeEmploymentType(t))
    .find((t) => t && /-time|contract|intern|temporary/.test(t));
  const body = pick(about, S.layout2026.description) ?? about;
  return {
    title,
    company: companyLabel.replace(/^Company,\s*/i, "").replace(/\.$/, "") || company,
    locations: splitLocations(place),
    remote: workplace,
    employmentType: employment ?? null,
    description: richText(body).replace(/^About the job\s*/i, ""),
    sourceId: jobId ?? /JobDetails_AboutTheJob_(\d+)/.exec(about.getAttribute("componentkey") ?? "")?.[1] ?? null,
  };
}
