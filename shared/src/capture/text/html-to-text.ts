import { decodeEntities } from "../../normalize/html.ts";

// HTML → plain text keeping the reading structure: paragraphs and headings become
// blank-line separated blocks, list items become "• item" lines, <br> a newline.
// String-based (no DOM) so it runs identically in the extension, Node and the CLI.
// Not normalize/html.ts htmlToText: captured text is shown as read ("• " bullets, form controls
// dropped); ingest stores "- " bullets. Both share normalize's entity decoder.

const DROP = /<(script|style|noscript|template|svg|button|select|iframe|object|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BLOCK =
  /^(p|div|section|article|header|footer|main|aside|h[1-6]|ul|ol|dl|table|tr|blockquote|pre|figure|form|fieldset|hr|address|nav)$/;

export function htmlToText(html: string): string {
  if (!html) return "";
  // JSON-LD descriptions are sometimes entity-encoded HTML ("&lt;p&gt;…").
  let src = html;
  if (!/<[a-z!/]/i.test(src) && /&lt;\/?[a-z]/i.test(src)) src = decodeEntities(src);
  src = src.replace(/<!--[\s\S]*?-->/g, "").replace(DROP, " ");
  const out: string[] = [];
  const re = /<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)[^>]*?>|([^<]+)|</g;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    if (m[3] !== undefined || m[0] === "<") {
      out.push(decodeEntities((m[3] ?? "<").replace(/\s+/g, " ")));
      continue;
    }
    const closing = m[1] === "/";
    const tag = (m[2] ?? "").toLowerCase();
    if (tag === "br") out.push("\n");
    else if (tag === "li") out.push(closing ? "\n" : "\n• ");
    else if (tag === "td" || tag === "th") out.push(closing ? " " : " ");
    else if (tag === "dt" || tag === "dd") out.push("\n");
    else if (BLOCK.test(tag)) {
      // "<li><p>x</p></li>": the bullet and its text stay on one line.
      if (!closing && out[out.length - 1] === "\n• ") continue;
      out.push("\n\n");
    }
  }
  return tidyText(out.join(""));
}

/** Collapse spaces, trim lines, keep at most one blank line between blocks. */
export function tidyText(s: string): string {
  return s
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\f\v\r]+/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n(• )?\n+(?=• )/g, "\n") // no blank line before a bullet that follows another line
    .replace(/^• $/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Single-line text: all whitespace collapsed (titles, company names, locations). */
export function cleanLine(s: string | null | undefined): string {
  return decodeEntities(s ?? "")
    .replace(/[\s\u00a0\u200b]+/g, " ")
    .trim();
}
