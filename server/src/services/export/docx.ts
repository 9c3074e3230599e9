import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Block } from "./layout.ts";

// DOCX with real Word structure: heading styles for sections, list bullets, one column, no tables.

function paragraph(b: Block): Paragraph {
  switch (b.style) {
    case "name":
      return new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: b.text, bold: true })] });
    case "heading":
      return new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 240 },
        children: [new TextRun(b.text)],
      });
    case "entry":
      return new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: b.text, bold: true })] });
    case "bullet":
      return new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b.text)] });
    default:
      return new Paragraph({ children: [new TextRun(b.text)] });
  }
}

export async function renderDocx(blocks: Block[], title: string): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: "Vanta",
    styles: { default: { document: { run: { font: "Calibri", size: 21 } } } },
    sections: [{ children: blocks.map(paragraph) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
