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

const PAGE_NUMBER = /^(?:page\s*)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/i;

/**
 * Page furniture is not resume content: page numbers ("Page 2 of 3") go, and a running header or footer
 * (the name and email again at the top of page 2) is kept once, where it first appears, so it does not
 * split the job it lands in.
 */
export function withoutPageFurniture(pages: string[][]): string[] {
  const edge = (lines: string[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const seen = new Map<string, number>();
  for (const lines of pages) for (const l of new Set(edge(lines))) seen.set(l, (seen.get(l) ?? 0) + 1);
  const out: string[] = [];
  const kept = new Set<string>();
  for (const lines of pages) {
    const edges = new Set(edge(lines));
    for (const l of lines) {
      if (PAGE_NUMBER.test(l.trim()) && edges.has(l)) continue;
      if (pages.length > 1 && edges.has(l) && (seen.get(l) ?? 0) >= 2) {
        if (kept.has(l)) continue;
        kept.add(l);
      }
      out.push(l);
    }
  }
  return out;
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
    const pages: string[][] = [];
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
      pages.push(pageLines(items));
    }
    return withoutPageFurniture(pages);
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
