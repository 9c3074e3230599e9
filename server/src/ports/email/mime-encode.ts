// Encoders for RFC 5322 / MIME messages: quoted-printable bodies (RFC 2045 §6.7),
// encoded-words for non-ASCII header text (RFC 2047) and the RFC 5322 date format.

const CRLF = "\r\n";
const utf8 = new TextEncoder();

/** Quoted-printable with CRLF line breaks and soft breaks so no line exceeds 76 characters. */
export function encodeQuotedPrintable(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return lines.map(encodeQpLine).join(CRLF);
}

function encodeQpLine(line: string): string {
  const bytes = utf8.encode(line);
  const tokens: string[] = [];
  bytes.forEach((b, i) => {
    const last = i === bytes.length - 1;
    const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
    tokens.push(literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`);
  });
  // Soft-wrap at 75 visible characters + "=", never splitting an =XX token.
  const out: string[] = [];
  let current = "";
  for (const token of tokens) {
    if (current.length + token.length > 75) {
      out.push(`${current}=`);
      current = "";
    }
    current += token;
  }
  out.push(current);
  return out.join(CRLF);
}

const plainHeaderText = /^[\x20-\x7e]*$/;

/** Header text as-is when printable ASCII, else UTF-8 "B" encoded-words folded onto continuation lines. */
export function encodeHeaderText(value: string): string {
  if (plainHeaderText.test(value) && !value.includes("=?")) return value;
  // 36 bytes -> 48 base64 chars -> 60-char words: with "Subject: " in front the line stays under 78.
  const words: string[] = [];
  let chunk: number[] = [];
  for (const ch of value) {
    const bytes = utf8.encode(ch);
    if (chunk.length + bytes.length > 36) {
      words.push(encodedWord(chunk));
      chunk = [];
    }
    chunk.push(...bytes);
  }
  if (chunk.length > 0) words.push(encodedWord(chunk));
  return words.join(`${CRLF} `);
}

function encodedWord(bytes: number[]): string {
  return `=?UTF-8?B?${Buffer.from(bytes).toString("base64")}?=`;
}

/** `Name <addr>` with a non-ASCII display name encoded; bare addresses pass through. */
export function encodeAddress(address: string): string {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(address);
  if (!match) return address.trim();
  const [, name = "", addr = ""] = match;
  if (!name) return `<${addr}>`;
  const display = plainHeaderText.test(name) ? `"${name.replace(/["\\]/g, "\\$&")}"` : encodeHeaderText(name);
  return `${display} <${addr}>`;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 5322 §3.3 date-time in UTC, e.g. "Thu, 26 Nov 2026 00:46:57 +0000". */
export function formatRfc5322Date(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[date.getUTCDay()]}, ${p(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${p(date.getUTCHours())}:${p(date.getUTCMinutes())}:${p(date.getUTCSeconds())} +0000`
  );
}
