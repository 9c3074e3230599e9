import { looksLikeResume, parseResumeText } from "@vanta/shared/resume/parse";
import { JsonResume } from "@vanta/shared/resume/schema";
import { docxText } from "./docx-text.ts";
import { ResumeFileError } from "./errors.ts";
import { pdfLines } from "./pdf-text.ts";

// A resume file (PDF, DOCX, Markdown, plain text or a JSON Resume file) → JSON Resume + its text.
// Kind is decided by content first (magic bytes), then by name/MIME, so a misnamed file still reads.

export type ResumeFileKind = "pdf" | "docx" | "json" | "text";

const MAX_TEXT = 200_000;

export function resumeFileKind(bytes: Uint8Array, filename: string, mimeType = ""): ResumeFileKind | null {
  const head = String.fromCharCode(...bytes.slice(0, 5));
  const name = filename.toLowerCase();
  if (head === "%PDF-") return "pdf";
  if (head.startsWith("PK\u0003\u0004"))
    return name.endsWith(".docx") || mimeType.includes("wordprocessingml") || !/\.\w+$/.test(name) ? "docx" : null;
  if (name.endsWith(".json") || mimeType === "application/json") return "json";
  if (/\.(txt|md|markdown|text)$/.test(name) || /^text\//.test(mimeType)) return "text";
  // no telling extension: plain UTF-8 text is accepted
  if (!/\.\w+$/.test(name) && !mimeType) return "text";
  return null;
}

function utf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    throw new ResumeFileError("unreadable", "the file is not valid UTF-8 text");
  }
  if (text.includes("\u0000")) throw new ResumeFileError("unreadable", "the file is binary, not text");
  return text;
}

/** A JSON Resume file, validated and passed through (its meta gets full confidence: nothing was guessed). */
function jsonResume(text: string): { resume: JsonResume; text: string; kind: ResumeFileKind } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ResumeFileError(
      "unreadable",
      `the JSON file does not parse: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const parsed = JsonResume.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ResumeFileError(
      "not_a_resume",
      `the JSON file is not a JSON Resume: ${first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "invalid"}`,
    );
  }
  const resume = parsed.data;
  if (!resume.basics && !resume.work?.length && !resume.education?.length && !resume.skills?.length)
    throw new ResumeFileError(
      "not_a_resume",
      "the JSON file has no basics, work, education or skills: not a JSON Resume",
    );
  const confidence: Record<string, number> = {};
  for (const key of Object.keys(resume) as Array<keyof JsonResume>)
    if (key !== "meta" && key !== "$schema" && resume[key] !== undefined) confidence[key] = 1;
  return {
    resume: { ...resume, meta: { ...resume.meta, confidence, unplaced: resume.meta?.unplaced ?? [] } },
    text,
    kind: "json",
  };
}

export async function parseResumeFile(
  bytes: Uint8Array,
  filename: string,
  mimeType?: string,
): Promise<{ resume: JsonResume; text: string; kind: ResumeFileKind }> {
  if (bytes.byteLength === 0) throw new ResumeFileError("unreadable", "the file is empty");
  const kind = resumeFileKind(bytes, filename, mimeType ?? "");
  if (!kind)
    throw new ResumeFileError(
      "unsupported",
      "unsupported file type: use a PDF, DOCX, TXT, Markdown or JSON Resume file",
    );
  if (kind === "json") return jsonResume(utf8(bytes));
  const raw =
    kind === "pdf" ? (await pdfLines(bytes)).join("\n") : kind === "docx" ? await docxText(bytes) : utf8(bytes);
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .slice(0, MAX_TEXT);
  if (!text.replace(/\s/g, ""))
    throw new ResumeFileError(
      kind === "pdf" ? "no_text_layer" : "unreadable",
      kind === "pdf"
        ? "the PDF has no text layer (a scanned image?): export it from the editor as a text PDF, or upload the DOCX"
        : "the file has no text",
    );
  const resume = parseResumeText(text);
  if (!looksLikeResume(resume))
    throw new ResumeFileError(
      "not_a_resume",
      "this does not look like a resume: no work history, education, skills or contact details were found",
    );
  return { resume, text, kind };
}
