import mammoth from "mammoth";
import { InvalidInputError } from "../domain-errors.ts";
import { assertDocxWithinLimits, pdfTextItemsWithLimits } from "../resume/limits.ts";

// Resume file → plain text for matching. Structured parsing comes later; here we only need
// the words, in reading order.

export type ResumeKind = "pdf" | "docx" | "text";

const MAX_TEXT = 200_000;

/** Decides by content first (magic bytes), then by name/MIME, so a misnamed file is still read right. */
export function resumeKind(filename: string, mimeType: string, bytes: Uint8Array): ResumeKind | null {
  const head = String.fromCharCode(...bytes.slice(0, 5));
  const name = filename.toLowerCase();
  if (head === "%PDF-") return "pdf";
  if (head.startsWith("PK\u0003\u0004")) {
    if (name.endsWith(".docx") || mimeType.includes("wordprocessingml")) return "docx";
    return null;
  }
  if (/\.(txt|md|markdown|text)$/.test(name) || /^text\/(plain|markdown|x-markdown)/.test(mimeType)) return "text";
  return null;
}

export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\f\v\u00a0]+/g, " ")
    .split("\n")
    .map((l) => l.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .slice(0, MAX_TEXT);
}

/** pdf.js in a worker with a time and memory budget (resume/limits.ts); items joined as unpdf's extractText does. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const { pages } = await pdfTextItemsWithLimits(bytes);
  return pages.map((items) => items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("")).join("\n");
}

async function docxText(bytes: Uint8Array): Promise<string> {
  // Refused before inflating anything: a zip bomb never reaches mammoth.
  assertDocxWithinLimits(bytes);
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value;
  } catch (err) {
    throw new InvalidInputError(`could not read the DOCX: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function plainText(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
    if (text.includes("\u0000")) throw new Error("binary content");
    return text;
  } catch {
    throw new InvalidInputError("the text file is not valid UTF-8 text");
  }
}

export async function extractResumeText(
  filename: string,
  mimeType: string,
  bytes: Uint8Array,
): Promise<{ kind: ResumeKind; text: string }> {
  const kind = resumeKind(filename, mimeType, bytes);
  if (!kind)
    throw new InvalidInputError("unsupported file type: upload a PDF, DOCX, TXT or Markdown resume", "filename");
  const raw = kind === "pdf" ? await pdfText(bytes) : kind === "docx" ? await docxText(bytes) : plainText(bytes);
  const text = cleanText(raw);
  if (!text)
    throw new InvalidInputError(
      kind === "pdf"
        ? "no text found in the PDF (a scanned image needs OCR, which is not supported yet)"
        : "no text found in the file",
    );
  return { kind, text };
}
