import type { Adapter } from "../adapter.ts";
import { buildPosting, hostIs, idFrom } from "../board.ts";
import { pick, pickAll, pickText, richText, textOf } from "../dom.ts";
import { type Draft, isoDate } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { parseSalaryText } from "../text/salary.ts";
import { fromCodeJson } from "./code-json.ts";
import { from2026 } from "./layout-2026.ts";
import { selectors as S } from "./selectors.ts";

/** The job shown: /jobs/view/<id> or the search/collection pane's currentJobId. */
function linkedinId(url: URL): string | null {
  return idFrom(url, /\/jobs\/view\/(?:[^/]*?-)?(\d{6,})/, "currentJobId");
}

const EMPLOYMENT = /\b(full-time|part-time|contract|temporary|internship|volunteer)\b/i;

/** The location piece of a "·"-separated top-card line (not the company, age or applicant count). */
function locationPiece(line: string, company: string): string {
  const pieces = line
    .split(/\s+·\s+/)
    .map((p) => cleanLine(p).replace(/\s*(re)?posted\b.*$|\s*\d+\s+\w+\s+ago\b.*$/i, ""))
    .filter(
      (p) => p && p !== company && !/\b(applicants?|clicked apply|promoted|actively|responses? managed)\b/i.test(p),
    );
  return pieces[0] ?? "";
}

function fromDom(doc: Document): Draft | null {
  const pane = pick(doc, S.pane) ?? doc;
  const title = pickText(pane, S.title) || pickText(doc, S.title);
  if (!title) return null;
  const company = pickText(pane, S.company);
  // Top-card lines: "Company · Location (Remote) · 6 days ago · 62 applicants"; some layouts
  // put the company alone on the primary line and the location on the tertiary one.
  let locPiece = "";
  for (const sel of S.primaryLine) {
    locPiece = locationPiece(pickText(pane, sel), company);
    if (locPiece) break;
  }
  const bullet = pickText(pane, S.bullet);
  const locText = bullet || locPiece || "";
  const insights = pickAll(pane, S.insights).map(textOf);
  const workplace = pickText(pane, S.workplaceType);
  const remoteFrom = [workplace, locText, ...insights].map(detectRemote).find((r) => r !== "unknown") ?? "unknown";
  const employment = insights.map((t) => EMPLOYMENT.exec(t)?.[1]).find(Boolean) ?? null;
  const salaryText =
    pickText(pane, S.salary) || insights.find((t) => /[$€£]\s?\d/.test(t) && /\/(yr|hr|mo)|year|hour/i.test(t)) || "";
  const posted = pickText(pane, S.postedOn);
  return {
    title,
    company,
    locations: splitLocations(locText),
    remote: remoteFrom,
    employmentType: normalizeEmploymentType(employment),
    salary: parseSalaryText(salaryText),
    description: richText(pick(pane, S.description)).replace(/^About the job\s*/i, ""),
    postedAt: /posted on/i.test(posted) ? isoDate(posted) : null,
  };
}

export const linkedin: Adapter = {
  name: "linkedin",
  matches: ["*://www.linkedin.com/jobs/*", "*://linkedin.com/jobs/*", "*://*.linkedin.com/jobs/*"],
  spa: true,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: linkedinId,
  // A search page with cards and no detail pane or selected job (the guest search).
  isList: (doc, url) => !linkedinId(url) && !pick(doc, S.signature) && pickAll(doc, S.listCards).length > 1,
  extract(doc, url) {
    const id = linkedinId(url);
    const canonical = id && hostIs(url, "linkedin.com") ? `https://www.linkedin.com/jobs/view/${id}/` : null;
    const pane = pick(doc, S.pane);
    return buildPosting(
      this.name,
      doc,
      url,
      // The rendered top card first, then the server state (<code> JSON: the only copy on a
      // first-sent view), the 2026 layout, then JSON-LD (guest pages).
      [{ sourceId: id, url: canonical }, fromDom(doc), fromCodeJson(doc, id), from2026(doc, id), "structured"],
      [
        ...S.closedNotice.map((s) => pick(doc, s)),
        pane &&
          pick(pane, [
            ".jobs-unified-top-card",
            ".job-details-jobs-unified-top-card__container--two-pane",
            ".top-card-layout",
          ]),
      ],
    );
  },
};
