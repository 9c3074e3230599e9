import type { Salary } from "../../posting.ts";
import { meta, pickAll, richText, textOf } from "../dom.ts";
import type { Draft } from "../draft.ts";
import { cleanLine } from "../text/html-to-text.ts";
import { detectRemote, splitLocations } from "../text/location.ts";
import { findSalaryInText, parseSalaryText } from "../text/salary.ts";

// Last resort for career pages without structured data: OpenGraph/meta + the page's
// own headline and main text block. Only used when the page looks like a job posting.

const JOB_URL = /(job|career|position|opening|vacanc|requisition|role|stellen|empleo|emploi|apply)/i;

/** "Title - Company", "Title at Company", "Title @ Company", "Title | Company". */
export function splitTitleCompany(full: string, title: string): string {
  const t = cleanLine(full);
  if (!title || !t.toLowerCase().startsWith(title.toLowerCase())) return "";
  const rest = t.slice(title.length);
  const m = /^\s*(?:[-–—|@:]|\bat\b)\s*(.+?)(?:\s*[-–—|]\s*(?:careers?|jobs?).*)?$/i.exec(rest);
  return m?.[1]?.trim() ?? "";
}

function looksLikeLocation(s: string): boolean {
  return s.length > 1 && s.length < 160 && /^[A-Z][\p{L} .'-]+(,\s*[\p{L} .'-]+)+([;|]\s*.+)?$/u.test(s);
}

/** The element holding most paragraph/list text: the job description on most career pages. */
function mainTextBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of doc.querySelectorAll("p, li")) {
    const len = (p.textContent ?? "").trim().length;
    if (len < 20) continue;
    let parent = p.parentElement;
    for (let depth = 0; parent && depth < 4; depth++, parent = parent.parentElement) {
      if (parent.tagName === "BODY" || parent.tagName === "HTML") break;
      const tag = parent.tagName;
      if (tag === "UL" || tag === "OL" || tag === "SPAN" || tag === "STRONG") continue;
      scores.set(parent, (scores.get(parent) ?? 0) + len / (depth + 1));
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

/** `trusted`: the caller already knows this is a job page (structured data or a board URL). */
const PAY_ELEMENTS = ['[class*="pay-range" i]', '[class*="salary" i]', '[class*="compensation" i]', '[id*="salary" i]'];

/** A salary shown in its own element ("pay-range", "salary"), outside the description. */
function payElementSalary(doc: Document): Salary | null {
  for (const sel of PAY_ELEMENTS) {
    for (const el of pickAll(doc, sel).slice(0, 5)) {
      const s = parseSalaryText(textOf(el));
      if (s && /[$€£₹]|\b[A-Z]{3}\b/.test(textOf(el))) return s;
    }
  }
  return null;
}

export function readPage(doc: Document, pageUrl: URL, trusted = false): Draft | null {
  const ogTitle = meta(doc, "og:title");
  const docTitle = cleanLine(doc.querySelector("title")?.textContent);
  const h1s = pickAll(doc, "h1").filter((h) => textOf(h));
  const h1 = h1s.length === 1 ? h1s[0] : h1s.find((h) => ogTitle.startsWith(textOf(h)));
  const title = textOf(h1) || ogTitle;
  if (!title) return null;
  const looksJob =
    JOB_URL.test(pageUrl.pathname + pageUrl.search) ||
    JOB_URL.test(meta(doc, "og:url")) ||
    meta(doc, "og:type").toLowerCase() === "job";
  if (!looksJob && !trusted) return null;
  const company =
    meta(doc, "og:site_name") || splitTitleCompany(ogTitle, title) || splitTitleCompany(docTitle, title) || "";
  // Location: a short "City, Region" line right after the headline.
  let locations: string[] = [];
  let remote = detectRemote(title);
  const after = h1 ? [h1.nextElementSibling, h1.parentElement?.nextElementSibling] : [];
  for (const el of after) {
    const first = cleanLine(el?.firstChild?.textContent ?? "") || textOf(el);
    if (looksLikeLocation(first)) {
      locations = splitLocations(first);
      if (remote === "unknown") remote = detectRemote(first);
      break;
    }
  }
  const block = mainTextBlock(doc);
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
