import { inOtherContent } from "../dom.ts";

// The page's main text block by a readability-like density score: every paragraph-ish element
// (p, li, a text-bearing div, <br>-separated text) adds its text length to its ancestors, decaying
// with distance; containers full of links (menus, job lists) and page chrome (nav, header, footer,
// aside, cookie banners, similar jobs) are penalized. Language-agnostic: it counts characters.

const CHROME = /cookie|consent|gdpr|banner|modal|newsletter|breadcrumb|menu|navbar|share|social/i;
const SKIP_TAGS = new Set([
  "NAV",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "FORM",
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "BUTTON",
]);

function isChrome(el: Element): boolean {
  for (let c: Element | null = el; c && c.tagName !== "BODY"; c = c.parentElement) {
    if (SKIP_TAGS.has(c.tagName)) return true;
    if (c.getAttribute("role") === "navigation" || c.getAttribute("aria-hidden") === "true") return true;
    if (CHROME.test(`${c.id} ${c.getAttribute("class") ?? ""}`)) return true;
  }
  return inOtherContent(el);
}

/** Characters of text inside links over all text: near 1 for menus and lists of job links. */
export function linkDensity(el: Element): number {
  const all = (el.textContent ?? "").replace(/\s+/g, "").length;
  if (!all) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll("a")) linked += (a.textContent ?? "").replace(/\s+/g, "").length;
  return Math.min(1, linked / all);
}

/** Text of the element's own direct text nodes (a <div> of <br>-separated lines has no <p>). */
function ownText(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) n += (c.textContent ?? "").trim().length;
  return n;
}

export function mainContent(doc: Document): Element | null {
  const root = doc.querySelector("main, [role=main], article") ?? doc.body;
  if (!root) return null;
  const scores = new Map<Element, number>();
  for (const el of root.querySelectorAll("p, li, div, td, pre, span")) {
    const len =
      el.tagName === "DIV" || el.tagName === "SPAN" || el.tagName === "TD"
        ? ownText(el)
        : (el.textContent ?? "").trim().length;
    // CJK text packs more meaning per character than Latin: one CJK char counts as three.
    const weight = /[\u3040-\u9fff\uac00-\ud7af]/.test(el.textContent ?? "") ? 3 : 1;
    if (len * weight < 25) continue;
    let parent: Element | null =
      el.tagName === "P" || el.tagName === "LI" || el.tagName === "PRE" ? el.parentElement : el;
    for (let depth = 0; parent && depth < 5; depth++, parent = parent.parentElement) {
      if (parent.tagName === "BODY" || parent.tagName === "HTML") break;
      if (["UL", "OL", "SPAN", "STRONG", "B", "EM", "A"].includes(parent.tagName)) continue;
      scores.set(parent, (scores.get(parent) ?? 0) + (len * weight) / (depth + 1));
    }
  }
  // Link density walks a subtree: only the strongest raw candidates are weighed with it.
  const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 20);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of top) {
    if (isChrome(el)) continue;
    const s = raw * (1 - linkDensity(el));
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}
