// HTML → clean plain text for descriptions. Pure string work (no DOM) so it runs the same
// in the extension, the server and tests.

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  times: "×",
  deg: "°",
  shy: "",
  zwj: "",
  zwnj: "",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  oacute: "ó",
  uacute: "ú",
  iacute: "í",
  ntilde: "ñ",
  ccedil: "ç",
  auml: "ä",
  ouml: "ö",
  uuml: "ü",
  Auml: "Ä",
  Ouml: "Ö",
  Uuml: "Ü",
  szlig: "ß",
};
// Entities pages still write without the semicolon ("&amp", "&nbsp"); other names need it,
// so "?a=1&copy=2" in a URL stays as written.
const NO_SEMICOLON_OK = new Set(["amp", "lt", "gt", "quot", "nbsp"]);

/** Decodes named and numeric HTML entities (the one decoder for capture and normalize). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*)(;?)/gi, (whole, body: string, semi: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole;
      return code === 160 ? " " : String.fromCodePoint(code);
    }
    if (!semi && !NO_SEMICOLON_OK.has(body.toLowerCase())) return whole;
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? whole;
  });
}

const BLOCK_TAGS = /^(p|div|section|article|header|footer|h[1-6]|ul|ol|table|tr|blockquote|pre|hr|dl|dt|dd)$/;

/**
 * Converts HTML (or already-plain text) into readable text: block elements become paragraphs,
 * list items become "- " bullet lines, entities are decoded, whitespace is collapsed.
 * Greenhouse sends its content entity-escaped ("&lt;p&gt;"), so escaped markup is unescaped first.
 */
export function htmlToText(input: string): string {
  let html = input;
  // Sometimes escaped twice ("&amp;lt;p&amp;gt;", as in Greenhouse's own docs).
  for (let i = 0; i < 2 && !/<[a-z!/]/i.test(html) && /&(?:amp;)*lt;\/?[a-z]/i.test(html); i++)
    html = decodeEntities(html);
  html = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/\r\n?/g, "\n");
  // Source newlines inside HTML are not line breaks; plain text keeps them.
  const isHtml = /<\/?[a-z][^>]*>/i.test(html);
  if (isHtml) html = html.replace(/\s*\n\s*/g, " ");
  let out = html.replace(/<\s*(\/?)\s*([a-z][a-z0-9]*)\b[^>]*?>/gi, (_m, closing: string, rawTag: string) => {
    const tag = rawTag.toLowerCase();
    if (tag === "br") return "\n";
    if (tag === "li") return closing ? "" : "\n- ";
    if (tag === "td" || tag === "th") return closing ? " " : "";
    if (BLOCK_TAGS.test(tag)) return "\n\n";
    return "";
  });
  out = decodeEntities(out);
  out = out
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[\t\f\v \u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    // a bullet whose text landed on the next line ("- \n text") is joined back
    .replace(/^- *\n+(?=\S)/gm, "- ")
    .replace(/^-\s*$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return out;
}

/**
 * Repairs UTF-8 text that was decoded as Latin-1 somewhere upstream ("GdaÅ\u0084sk" → "Gdańsk").
 * Only applied when the typical mojibake pairs appear and the re-decode is valid UTF-8.
 */
export function fixMojibake(text: string): string {
  if (!/[ÂÃÄÅÆÐÑâ][\u0080-\u00bf]/.test(text)) return text;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}
