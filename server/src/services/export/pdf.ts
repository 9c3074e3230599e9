import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import type { Block, BlockStyle } from "./layout.ts";

// Text-based, single-column PDF in the standard Helvetica fonts (no embedding, no images, no tables):
// every line is real text an ATS extracts in reading order.

const PAGE = { width: 612, height: 792 }; // US Letter, points
const MARGIN = 54;
const STYLE: Record<BlockStyle, { size: number; bold: boolean; before: number; indent: number }> = {
  name: { size: 18, bold: true, before: 0, indent: 0 },
  contact: { size: 10, bold: false, before: 2, indent: 0 },
  heading: { size: 12, bold: true, before: 14, indent: 0 },
  entry: { size: 10.5, bold: true, before: 8, indent: 0 },
  bullet: { size: 10, bold: false, before: 2, indent: 12 },
  text: { size: 10, bold: false, before: 4, indent: 0 },
};

/** Characters the standard fonts cannot encode (WinAnsi) become their closest ASCII, else "?". */
function encodable(font: PDFFont, text: string): string {
  const ok = new Set(font.getCharacterSet());
  const swap: Record<string, string> = { "→": "->", "≥": ">=", "≤": "<=", "✓": "v", "\u00a0": " " };
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0)!;
    if (ok.has(cp)) out += ch;
    else if (swap[ch]) out += swap[ch];
    else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
      out += base && [...base].every((c) => ok.has(c.codePointAt(0)!)) ? base : "?";
    }
  }
  return out;
}

function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderPdf(blocks: Block[], title: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(title);
  doc.setProducer("Vanta");
  doc.setCreator("Vanta");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  for (const block of blocks) {
    const st = STYLE[block.style];
    const font = st.bold ? bold : regular;
    const lead = st.size * 1.3;
    const prefix = block.style === "bullet" ? "• " : "";
    const width = PAGE.width - 2 * MARGIN - st.indent;
    const lines = wrap(font, st.size, encodable(font, prefix + block.text), width);
    y -= st.before;
    lines.forEach((text, i) => {
      if (y - lead < MARGIN) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - MARGIN;
      }
      y -= lead;
      // continuation lines of a bullet hang under its text, not under the dot
      const x = MARGIN + st.indent + (i > 0 && prefix ? font.widthOfTextAtSize(prefix, st.size) : 0);
      page.drawText(text, { x, y, size: st.size, font });
    });
  }
  // plain objects (no object streams): older ATS PDF readers miss text inside compressed object streams
  return doc.save({ useObjectStreams: false });
}
