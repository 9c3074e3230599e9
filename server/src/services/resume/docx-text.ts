import { htmlToText } from "@vanta/shared/normalize/html";
import mammoth from "mammoth";
import { ResumeFileError } from "./errors.ts";
import { assertDocxWithinLimits } from "./limits.ts";

// DOCX → text through mammoth's HTML, not its raw text: the HTML keeps list items (bullets become
// "- " lines, so highlights stay highlights) and headings on lines of their own.

/**
 * Tables: a row of a short label and one value ("Primary languages | Java, Kotlin") reads as
 * "label: value"; a layout table (a sidebar cell beside the main cell) reads cell by cell, i.e. column
 * by column, like a two-column PDF.
 */
function flattenTables(html: string): string {
  return html.replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi, (_m, row: string) => {
    const cells = [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => c[1]!);
    const paras = cells.map((c) => (c.match(/<p\b/gi) ?? []).length);
    const text = cells.map((c) => htmlToText(c).trim());
    if (cells.length === 2 && paras.every((n) => n <= 1) && text[0]!.length > 0 && text[0]!.length <= 40 && text[1])
      return `<p>${text[0]!.replace(/:$/, "")}: ${text[1]}</p>`;
    return cells.map((c) => `<div>${c}</div>`).join("");
  });
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    // a zip bomb is refused before mammoth unpacks it
    assertDocxWithinLimits(bytes);
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  } catch (err) {
    throw new ResumeFileError(
      "unreadable",
      `could not read the DOCX (${err instanceof Error ? err.message : String(err)}); is it a Word document?`,
    );
  }
  return htmlToText(flattenTables(html).replace(/<\/p>\s*<p>/g, "</p>\n<p>"));
}
