import type { Salary } from "../../posting.ts";
import { inOtherContent, meta, pickAll, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { detectRemote, splitLocations } from "../text/location.ts";
import { findSalaryInText, parseSalaryText } from "../text/salary.ts";
import { linkDensity, mainContent } from "./main-content.ts";

// The generic DOM extractor, for career pages with no structured data, in any language: title from
// the headline (h1, og:title, the document title cleaned of the site name), company from
// og:site_name / the title's "at X" / the logo's alt text / the host, location from a labelled or
// headline-adjacent line, description from the page's main content (density heuristic). Used only
// when the page looks like a job posting (URL words, og:type, an apply button), or when the caller
// already knows it is one (`trusted`).

const JOB_WORDS =
  "job|career|position|opening|vacanc|requisition|role|apply|stellen|karriere|empleo|trabajo|emploi|carriere|offre|lavoro|posizion|vacature|werken|vaga|trabalhe|praca|oferta|jobb|tyopaikat|ilmoitus|rekry|zhaopin|招聘|职位|求人|採用|채용";
const JOB_URL = new RegExp(`(${JOB_WORDS})`, "i");
// "Apply" in the languages our users browse in; on a button or link, it marks a posting page.
const APPLY =
  /^(apply|apply now|apply for this job|bewerben|jetzt bewerben|postuler|candidater|candidati|candidatura|solicitar|aplicar|inscreva-se|solliciteer|ansök|søg|hae|aplikuj|申请|投递|応募する|지원하기)\b/i;
const LOCATION_LABEL =
  /^(location|locations|job location|office|standort|arbeitsort|einsatzort|dienstort|lieu|localisation|sede|luogo di lavoro|ubicación|ubicacion|localização|locatie|werkplek|plats|sijainti|lokalizacja|工作地点|勤務地|근무지)\s*[:：]?\s*/i;
// Site parts of a document title: "… | Acme Careers", "… - Jobs at Acme", "Karriere bei Acme".
const SITE_PART =
  /^(careers?|jobs?|join us|work with us|karriere|stellenangebote|jobs bei|carrières?|offres d'emploi|lavora con noi|empleo|vacatures|vagas)\b/i;

/** "Title - Company", "Title at Company", "Title @ Company", "Title | Company". */
export function splitTitleCompany(full: string, title: string): string {
  const t = cleanLine(full);
  if (!title || !t.toLowerCase().startsWith(title.toLowerCase())) return "";
  const rest = t.slice(title.length);
  const m =
    /^\s*(?:[-–—|@:·]|\bat\b|\bbei\b|\bchez\b|\bpresso\b)\s*(.+?)(?:\s*[-–—|]\s*(?:careers?|jobs?|karriere|carrières?).*)?$/i.exec(
      rest,
    );
  return cleanLine(m?.[1])
    .replace(SITE_PART, "")
    .trim()
    .replace(/^(at|bei|chez|presso|en)\s+/i, "")
    .trim();
}

/** The document title without its site parts: "Backend Engineer | Acme Careers" → "Backend Engineer". */
export function cleanDocTitle(raw: string): string {
  const parts = cleanLine(raw).split(/(?<!\s)\s+[|–—·-]\s+/);
  return parts[0] ?? "";
}

function looksLikeLocation(s: string): boolean {
  return s.length > 1 && s.length < 160 && /^[\p{Lu}\p{Lo}][\p{L} .'’-]*(,\s*[\p{L} .'’-]+)+([;|]\s*.+)?$/u.test(s);
}

const PAY_ELEMENTS = ['[class*="pay-range" i]', '[class*="salary" i]', '[class*="compensation" i]', '[id*="salary" i]'];

/** A salary shown in its own element ("pay-range", "salary") of this posting, not another job's card. */
function payElementSalary(doc: Document): Salary | null {
  for (const sel of PAY_ELEMENTS) {
    for (const el of pickAll(doc, sel).slice(0, 8)) {
      if (inOtherContent(el)) continue;
      const t = textOf(el);
      const s = parseSalaryText(t);
      if (s && /[$€£₹¥]|\b[A-Z]{3}\b/.test(t)) return s;
    }
  }
  return null;
}

/** The headline: the one h1 outside page chrome, or the h1 the og:title / document title starts with. */
function headline(doc: Document, ogTitle: string, docTitle: string): Element | null {
  const h1s = pickAll(doc, "h1").filter(
    (h) => textOf(h) && !h.closest("nav, footer, [role=dialog], [class*=cookie i]"),
  );
  const own = h1s.filter((h) => !inOtherContent(h));
  if (own.length === 1) return own[0] ?? null;
  return own.find((h) => ogTitle.startsWith(textOf(h)) || docTitle.startsWith(textOf(h))) ?? own[0] ?? null;
}

/** "careers.acme-robotics.com" → "Acme Robotics" (the last resort for the company name). */
export function hostCompany(url: URL): string {
  const labels = url.hostname.replace(/^www\./, "").split(".");
  const name = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
  if (!name || /^(localhost|\d+)$/.test(name)) return "";
  return name
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

function logoCompany(doc: Document): string {
  for (const img of pickAll(doc, [
    "header img[alt]",
    'a[href="/"] img[alt]',
    'img[class*="logo" i][alt]',
    'img[alt*="logo" i]',
  ])) {
    const alt = cleanLine(img.getAttribute("alt"))
      .replace(/(?<!\s)\s*\b(logo|logotype|logotipo)\b.*$/i, "")
      .replace(/^(logo|logotipo)\s+(de\s+|of\s+)?/i, "")
      .trim();
    if (alt && alt.length < 60) return alt;
  }
  return "";
}

/** "Location: Berlin, Germany" / "Standort: München" in the page's own content. */
function labelledLocation(root: ParentNode): string {
  for (const el of root.querySelectorAll("dt, th, strong, b, span, p, li, div, label")) {
    if (el.children.length > 3) continue;
    const t = cleanLine(el.textContent);
    if (t.length > 120 || !LOCATION_LABEL.test(t)) continue;
    const inline = t.replace(LOCATION_LABEL, "");
    if (inline && inline !== t) return inline;
    const next = cleanLine(el.nextElementSibling?.textContent);
    if (next && next.length < 120) return next;
  }
  return "";
}

export function readPage(doc: Document, pageUrl: URL, trusted = false): Draft | null {
  const ogTitle = meta(doc, "og:title");
  const docTitle = cleanLine(doc.querySelector("title")?.textContent);
  const h1 = headline(doc, ogTitle, docTitle);
  const title = textOf(h1) || cleanDocTitle(ogTitle) || cleanDocTitle(docTitle);
  if (!title) return null;
  const applyControl = pickAll(doc, "a, button").some((b) => APPLY.test(cleanLine(b.textContent)));
  const looksJob =
    JOB_URL.test(pageUrl.pathname + pageUrl.search) ||
    JOB_URL.test(meta(doc, "og:url")) ||
    meta(doc, "og:type").toLowerCase() === "job" ||
    applyControl;
  if (!looksJob && !trusted) return null;
  const block = mainContent(doc);
  // A page whose main block is a list of links (a careers index) is not one posting.
  if (!trusted && block && linkDensity(block) > 0.5) return null;
  const company =
    meta(doc, "og:site_name") ||
    splitTitleCompany(ogTitle, title) ||
    splitTitleCompany(docTitle, title) ||
    logoCompany(doc) ||
    hostCompany(pageUrl);
  // Location: a labelled line, else a short "City, Region" line right after the headline.
  let locations = splitLocations(labelledLocation(block?.parentElement ?? doc));
  let remote = detectRemote(title);
  if (!locations.length) {
    const after = h1 ? [h1.nextElementSibling, h1.parentElement?.nextElementSibling] : [];
    for (const el of after) {
      const first = cleanLine(el?.firstChild?.textContent ?? "") || textOf(el);
      if (looksLikeLocation(first)) {
        locations = splitLocations(first);
        break;
      }
    }
  }
  if (remote === "unknown") remote = locations.map(detectRemote).find((r) => r !== "unknown") ?? "unknown";
  const description = block ? richText(block) : meta(doc, "og:description") || meta(doc, "description");
  return {
    title,
    company,
    locations,
    remote,
    description,
    salary: findSalaryInText(description) ?? payElementSalary(doc),
    url: null,
  };
}

/**
 * A careers index: several links to job pages and no posting text of its own (the user opens one).
 * Judged only when no structured posting was found.
 */
export function looksLikeJobList(doc: Document, pageUrl: URL): boolean {
  const jobLinks = new Set<string>();
  for (const a of pickAll(doc, "a[href]")) {
    if (a.closest("nav, header, footer") || inOtherContent(a)) continue;
    const href = a.getAttribute("href") ?? "";
    let u: URL;
    try {
      u = new URL(href, pageUrl);
    } catch {
      continue;
    }
    const text = cleanLine(a.textContent);
    if (u.href === pageUrl.href || !JOB_URL.test(u.pathname) || text.length < 4 || text.length > 140) continue;
    jobLinks.add(u.pathname);
  }
  if (jobLinks.size < 4) return false;
  // The page's main block is those links (a list), not a posting's text with a few links beside it.
  const block = mainContent(doc);
  if (!block) return true;
  const inBlock = pickAll(block, "a[href]").filter((a) => JOB_URL.test(a.getAttribute("href") ?? "")).length;
  return linkDensity(block) > 0.35 || inBlock >= 4;
}
