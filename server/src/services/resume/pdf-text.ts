import { getDocumentProxy } from "unpdf";
import { ResumeFileError } from "./errors.ts";
import { pageLines, type TextItem } from "./pdf-layout.ts";

// PDF → lines in reading order, from pdf.js text items with their positions (see pdf-layout.ts).

const MAX_PAGES = 20;

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    throw new ResumeFileError(
      "unreadable",
      `could not read the PDF (${err instanceof Error ? err.message : String(err)}); is the file damaged or password-protected?`,
    );
  }
  try {
    const lines: string[] = [];
    for (let p = 1; p <= Math.min(pdf.numPages, MAX_PAGES); p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items as unknown[]) {
        const it = raw as Partial<PdfTextItem>;
        if (typeof it.str !== "string" || !Array.isArray(it.transform)) continue;
        const [a = 0, b = 0, , , x = 0, y = 0] = it.transform;
        items.push({ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(a, b) || it.height || 10 });
      }
      lines.push(...pageLines(items));
    }
    return lines;
  } catch (err) {
    if (err instanceof ResumeFileError) throw err;
    throw new ResumeFileError(
      "unreadable",
      `could not read the PDF's text (${err instanceof Error ? err.message : String(err)})`,
    );
  } finally {
    await pdf.cleanup?.().catch?.(() => undefined);
  }
}
