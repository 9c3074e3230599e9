import { ResumeFileError } from "./errors.ts";
import { pdfTextItemsWithLimits } from "./limits.ts";
import { pageLines, type TextItem } from "./pdf-layout.ts";

// PDF → lines in reading order, from pdf.js text items with their positions (see pdf-layout.ts).

const MAX_PAGES = 20;

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

/** pdf.js runs in a worker with a time and memory budget (limits.ts): a hostile PDF cannot stall the server. */
export async function pdfLines(bytes: Uint8Array): Promise<string[]> {
  let read: Awaited<ReturnType<typeof pdfTextItemsWithLimits>>;
  try {
    read = await pdfTextItemsWithLimits(bytes, { maxPages: MAX_PAGES });
  } catch (err) {
    throw new ResumeFileError(
      "unreadable",
      `could not read the PDF (${err instanceof Error ? err.message : String(err)}); is the file damaged or password-protected?`,
    );
  }
  const pages: string[][] = read.pages.map((pageItems) => {
    const items: TextItem[] = [];
    for (const it of pageItems) {
      const [a = 0, b = 0, , , x = 0, y = 0] = it.transform;
      items.push({ str: it.str, x, y, width: it.width ?? 0, size: Math.hypot(a, b) || it.height || 10 });
    }
    return pageLines(items);
  });
  return withoutPageFurniture(pages);
}
