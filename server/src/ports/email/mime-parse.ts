// A small RFC 5322 / MIME reader: enough for the outbox page and tests to read messages back
// (unfolded + RFC 2047-decoded headers, nested multiparts, quoted-printable / base64 / 7bit / 8bit bodies).

export interface ParsedHeader {
  name: string;
  value: string;
}

export interface ParsedMessage {
  headers: ParsedHeader[];
  text: string | null;
  html: string | null;
}

export function parseMimeMessage(raw: string): ParsedMessage {
  const entity = parseEntity(raw);
  const found = { text: null as string | null, html: null as string | null };
  collectParts(entity, found);
  return { headers: entity.headers, ...found };
}

/** First header with that name (case-insensitive), or undefined. */
export function headerValue(headers: ParsedHeader[], name: string): string | undefined {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

interface Entity {
  headers: ParsedHeader[];
  rawHeaders: ParsedHeader[];
  body: string;
}

function parseEntity(raw: string): Entity {
  const normalized = raw.replace(/\r\n/g, "\n");
  const split = normalized.indexOf("\n\n");
  const head = split === -1 ? normalized : normalized.slice(0, split);
  const body = split === -1 ? "" : normalized.slice(split + 2);
  const rawHeaders: ParsedHeader[] = [];
  for (const line of head.split("\n")) {
    const last = rawHeaders.at(-1);
    if (/^[ \t]/.test(line) && last) {
      last.value += line; // unfold: the CRLF goes, the leading whitespace stays (RFC 5322 §2.2.3)
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    rawHeaders.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() });
  }
  const headers = rawHeaders.map((h) => ({ name: h.name, value: decodeEncodedWords(h.value) }));
  return { headers, rawHeaders, body };
}

function collectParts(entity: Entity, found: { text: string | null; html: string | null }): void {
  const contentType = parseContentType(headerValue(entity.rawHeaders, "Content-Type") ?? "text/plain");
  if (contentType.type.startsWith("multipart/")) {
    const boundary = contentType.params.boundary;
    if (!boundary) return;
    for (const partRaw of splitMultipart(entity.body, boundary)) collectParts(parseEntity(partRaw), found);
    return;
  }
  const disposition = headerValue(entity.rawHeaders, "Content-Disposition") ?? "";
  if (/^attachment/i.test(disposition)) return;
  const encoding = (headerValue(entity.rawHeaders, "Content-Transfer-Encoding") ?? "7bit").toLowerCase();
  const bytes = decodeTransfer(entity.body, encoding);
  const text = decodeCharset(bytes, contentType.params.charset ?? "utf-8");
  if (contentType.type === "text/plain" && found.text === null) found.text = text;
  if (contentType.type === "text/html" && found.html === null) found.html = text;
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split("\n")) {
    const trimmed = line.trimEnd();
    if (trimmed === `--${boundary}--`) break;
    if (trimmed === `--${boundary}`) {
      if (current) parts.push(current.join("\n"));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) parts.push(current.join("\n"));
  return parts;
}

export function parseContentType(value: string): { type: string; params: Record<string, string> } {
  const [type = "", ...rest] = value.split(";");
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf("=");
    if (eq === -1) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  // 7bit / 8bit / binary: the message string already holds the characters.
  return new TextEncoder().encode(body);
}

export function decodeQuotedPrintable(body: string): Uint8Array {
  const text = body
    .replace(/\r\n/g, "\n")
    .replace(/[ \t]+$/gm, "") // trailing whitespace is transport padding (RFC 2045 §6.7 rule 3)
    .replace(/=\n/g, "") // soft line breaks
    .replace(/\n/g, "\r\n");
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const hex = text.slice(i + 1, i + 3);
    if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      out.push(...new TextEncoder().encode(ch));
    }
  }
  return Uint8Array.from(out);
}

function decodeCharset(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes).replace(/\r\n/g, "\n");
  } catch {
    return new TextDecoder("utf-8").decode(bytes).replace(/\r\n/g, "\n");
  }
}

const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;

/** RFC 2047: decodes every encoded-word; whitespace between adjacent encoded-words is dropped. */
export function decodeEncodedWords(value: string): string {
  const joined = value.replace(/(\?=)\s+(?==\?)/g, "$1");
  return joined.replace(ENCODED_WORD, (_m, charset: string, enc: string, data: string) => {
    const bytes =
      enc.toUpperCase() === "B"
        ? Buffer.from(data, "base64")
        : decodeQuotedPrintable(data.replace(/_/g, " ").replace(/=$/, "=3D"));
    return decodeCharset(bytes, charset);
  });
}
