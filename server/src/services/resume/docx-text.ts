import { htmlToText } from "@vanta/shared/normalize/html";
import mammoth from "mammoth";
import { ResumeFileError } from "./errors.ts";

// DOCX → text through mammoth's HTML, not its raw text: the HTML keeps list items (bullets become
// "- " lines, so highlights stay highlights) and headings on lines of their own.

export async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    return htmlToText(value.replace(/<\/p>\s*<p>/g, "</p>\n<p>"));
  } catch (err) {
    throw new ResumeFileError(
      "unreadable",
      `could not read the DOCX (${err instanceof Error ? err.message : String(err)}); is it a Word document?`,
    );
  }
}
