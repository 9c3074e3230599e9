import { cleanLine, htmlToText } from "./text/html-to-text.ts";

// Small DOM reading helpers over the standard DOM types only (the caller supplies the
// Document: the live page in the extension, linkedom in Node).

type Root = Document | Element;

/** First element matching any of the selectors, tried in order (selectors are data). */
export function pick(root: Root, selectors: readonly string[] | string): Element | null {
  for (const sel of typeof selectors === "string" ? [selectors] : selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // An unsupported selector in one DOM implementation must not stop the others.
    }
  }
  return null;
}

export function pickAll(root: Root, selectors: readonly string[] | string): Element[] {
  for (const sel of typeof selectors === "string" ? [selectors] : selectors) {
    try {
      const els = [...root.querySelectorAll(sel)];
      if (els.length) return els;
    } catch {
      /* see pick() */
    }
  }
  return [];
}

export function textOf(el: Element | null | undefined): string {
  if (!el) return "";
  // Inline <style>/<svg> inside headers (Indeed) would otherwise leak CSS into names.
  return cleanLine(el.firstElementChild ? visibleText(el, 20_000) : el.textContent);
}

export function pickText(root: Root, selectors: readonly string[] | string): string {
  for (const sel of typeof selectors === "string" ? [selectors] : selectors) {
    const t = textOf(pick(root, sel));
    if (t) return t;
  }
  return "";
}

/** Paragraph-preserving plain text of an element. */
export function richText(el: Element | null | undefined): string {
  return el ? htmlToText(el.innerHTML) : "";
}

export function meta(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  // Lever writes twitter:data1 into `value` instead of `content`.
  return cleanLine(el?.getAttribute("content") ?? el?.getAttribute("value") ?? "");
}

export function canonicalHref(doc: Document): string {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() ?? "";
}

const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "SVG", "svg", "HEAD", "IFRAME"]);

/** Text a reader could see (scripts, styles, <code> JSON blobs skipped), capped in length. */
export function visibleText(root: Node | null | undefined, limit = 400_000): string {
  if (!root) return "";
  const parts: string[] = [];
  let size = 0;
  const walk = (n: Node): void => {
    if (size > limit) return;
    if (n.nodeType === 3) {
      const d = (n as Text).data;
      parts.push(d);
      size += d.length;
      return;
    }
    if (n.nodeType === 1 && SKIP.has((n as Element).tagName)) return;
    if (n.nodeType === 1 && (n as Element).getAttribute("aria-hidden") === "true") return;
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (n.nodeType === 1) parts.push(" ");
  };
  walk(root);
  return parts.join("").replace(/\s+/g, " ");
}

/**
 * JSON object assigned in an inline script, e.g. `window.__appData = {...};`.
 * Scans balanced braces (string-aware) so a trailing statement does not break parsing.
 */
export function scriptJson(doc: Document, marker: string): unknown {
  for (const s of doc.querySelectorAll("script")) {
    const text = s.textContent ?? "";
    const at = text.indexOf(marker);
    if (at < 0) continue;
    const start = text.indexOf("{", at + marker.length);
    if (start < 0) continue;
    const end = matchBrace(text, start);
    if (end < 0) continue;
    try {
      return JSON.parse(text.slice(start, end + 1));
    } catch {
      /* try the next script */
    }
  }
  return undefined;
}

function matchBrace(text: string, start: number): number {
  let depth = 0;
  let inStr = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inStr) {
      if (c === 92)
        i++; // backslash
      else if (c === 34) inStr = false;
    } else if (c === 34) inStr = true;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return -1;
}

/** The page URL parsed, or null. */
export function toUrl(url: string | URL): URL | null {
  try {
    return url instanceof URL ? url : new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `a` comes before `b` in document order (and is not its ancestor). Written out because
 * linkedom's compareDocumentPosition answers the other way round from browsers.
 */
export function precedes(a: Node, b: Node): boolean {
  const chain = (n: Node): Node[] => {
    const out: Node[] = [];
    for (let c: Node | null = n; c; c = c.parentNode) out.unshift(c);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const x = ca[i];
  const y = cb[i];
  if (!x || !y) return false; // one contains the other
  for (let s = x.nextSibling; s; s = s.nextSibling) if (s === y) return true;
  return false;
}

// Regions of a posting page that show other jobs or page chrome: never a source for the posting's fields.
const ELSEWHERE =
  /similar|recommend|related|also[-_ ]?viewed|people[-_ ]?also|more[-_ ]?jobs|other[-_ ]?jobs|jobs[-_ ]?you|footer|advert|\bads?\b|sponsored/i;

/** True when the element sits in a similar-jobs / recommendations / footer / ad region. */
export function inOtherContent(el: Element): boolean {
  for (let c: Element | null = el; c; c = c.parentElement) {
    const tag = c.tagName;
    if (tag === "FOOTER" || tag === "ASIDE") return true;
    const hints = `${c.id} ${c.getAttribute("class") ?? ""} ${c.getAttribute("aria-label") ?? ""} ${c.getAttribute("data-testid") ?? ""} ${c.getAttribute("componentkey") ?? ""}`;
    if (ELSEWHERE.test(hints)) return true;
  }
  return false;
}

/** Like `pick`, skipping matches inside other postings' regions (similar jobs, footers, ads). */
export function pickOwn(root: Root, selectors: readonly string[] | string): Element | null {
  for (const sel of typeof selectors === "string" ? [selectors] : selectors) {
    try {
      for (const el of root.querySelectorAll(sel)) if (!inOtherContent(el)) return el;
    } catch {
      /* see pick() */
    }
  }
  return null;
}
