import { randomBytes } from "node:crypto";
import { encodeAddress, encodeHeaderText, encodeQuotedPrintable, formatRfc5322Date } from "./mime-encode.ts";

export interface MimeInput {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  date: Date;
  messageId: string;
  headers?: Record<string, string>;
  tags?: { name: string; value: string }[];
}

const CRLF = "\r\n";
// Headers the builder owns; a caller-provided header with one of these names is refused, not duplicated.
const RESERVED = new Set([
  "from",
  "to",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "content-transfer-encoding",
  "x-vanta-tags",
]);

/** Builds an RFC 5322 message: multipart/alternative with a quoted-printable text part then HTML part. */
export function buildMimeMessage(input: MimeInput): string {
  const boundary = `=_vanta_${randomBytes(12).toString("hex")}`;
  const headers: [string, string][] = [
    ["From", encodeAddress(input.from)],
    ["To", input.to.map(encodeAddress).join(`,${CRLF} `)],
    ["Subject", encodeHeaderText(input.subject)],
    ["Date", formatRfc5322Date(input.date)],
    ["Message-ID", input.messageId],
    ["MIME-Version", "1.0"],
  ];
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (RESERVED.has(name.toLowerCase())) throw new Error(`header ${name} is set by the mailer`);
    headers.push([name, encodeHeaderText(value)]);
  }
  if (input.tags?.length) headers.push(["X-Vanta-Tags", input.tags.map((t) => `${t.name}=${t.value}`).join("; ")]);
  headers.push(["Content-Type", `multipart/alternative;${CRLF} boundary="${boundary}"`]);

  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      "Content-Transfer-Encoding: quoted-printable",
      "",
      encodeQuotedPrintable(body),
    ].join(CRLF);

  return [
    ...headers.map(([name, value]) => `${name}: ${value}`),
    "",
    "This is a multi-part message in MIME format.",
    part("text/plain", input.text),
    part("text/html", input.html),
    `--${boundary}--`,
    "",
  ].join(CRLF);
}
