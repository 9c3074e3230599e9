import type { Adapter } from "../adapter.ts";
import { buildPosting, hostIs } from "../board.ts";
import { meta, pick, pickAll, pickText, richText } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { detectRemote, normalizeEmploymentType, splitLocations } from "../text/location.ts";
import { findSalaryInText, parseSalaryText } from "../text/salary.ts";
import { selectors as S } from "./selectors.ts";

const strip = (s: string) => s.replace(/\s*\/\s*$/, "").trim(); // category labels end in " /"

function companyOf(doc: Document, title: string): string {
  // og:title / <title> are "Company - Title".
  for (const full of [meta(doc, "og:title"), cleanLine(doc.querySelector("title")?.textContent)]) {
    if (title && full.endsWith(title) && full.length > title.length) {
      const c = full.slice(0, full.length - title.length).replace(/\s*[-–—]\s*$/, "");
      if (c) return c;
    }
  }
  const logo = pick(doc, S.logo)?.getAttribute("alt") ?? "";
  return logo.replace(/\s+logo$/i, "");
}

function fromDom(doc: Document): Draft | null {
  const title = pickText(doc, S.title);
  if (!title) return null;
  const loc = strip(pickText(doc, S.location));
  const workplace = strip(pickText(doc, S.workplace));
  const sections = pickAll(doc, S.sections).filter(
    (s) =>
      !s.matches(".posting-header, .application-form") &&
      !s.querySelector("form, .posting-headline, .postings-btn, input"),
  );
  const descEl = pick(doc, S.description);
  const description = descEl
    ? [richText(descEl), ...sections.filter((s) => !descEl.contains(s)).map(richText)].filter(Boolean).join("\n\n")
    : sections.map(richText).join("\n\n") || meta(doc, "og:description");
  const salaryText = pickText(doc, S.salary);
  return {
    title,
    company: companyOf(doc, title),
    locations: splitLocations(loc),
    remote: detectRemote(workplace) !== "unknown" ? detectRemote(workplace) : detectRemote(loc),
    employmentType: normalizeEmploymentType(strip(pickText(doc, S.commitment))),
    salary: parseSalaryText(salaryText) ?? findSalaryInText(description),
    description,
  };
}

/** Lever's posting id is the UUID after the company slug; `/apply` is the form page of the same posting. */
function leverId(url: URL): string | null {
  return /^\/[^/]+\/([0-9a-f-]{36})/i.exec(url.pathname)?.[1] ?? null;
}

export const lever: Adapter = {
  name: "lever",
  matches: ["*://jobs.lever.co/*", "*://jobs.eu.lever.co/*"],
  spa: false,
  detect: (doc) => !!pick(doc, S.signature),
  postingKey: leverId,
  // The company board (jobs.lever.co/<company>) lists postings; none is open on it.
  isList: (_doc, url) => hostIs(url, "jobs.lever.co", "jobs.eu.lever.co") && !leverId(url),
  extract(doc, url) {
    const id = leverId(url);
    const canonical = hostIs(url, "lever.co") && id ? `${url.origin}${url.pathname.replace(/\/apply\/?$/, "")}` : null;
    return buildPosting(
      this.name,
      doc,
      url,
      [{ sourceId: id, url: canonical }, fromDom(doc), "structured"],
      [pick(doc, S.closedNotice), pick(doc, S.title)?.parentElement],
    );
  },
};
