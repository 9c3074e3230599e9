import { strToU8, zipSync } from "fflate";

// Resume files built by the tests themselves (never corpus copies): a minimal PDF with text placed at
// given positions (one or two columns, Helvetica, WinAnsi), a PDF with only a drawn image-like
// rectangle (no text layer), and a minimal DOCX (a zip of WordprocessingML with real list numbering).

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

// WinAnsiEncoding codes for the few non-ASCII marks resumes use
const WIN_ANSI: Record<string, string> = { "–": "\\226", "—": "\\227", "•": "\\225", "’": "\\222" };

function pdfString(s: string): string {
  return `(${[...s].map((c) => (c === "(" || c === ")" || c === "\\" ? `\\${c}` : (WIN_ANSI[c] ?? c))).join("")})`;
}

function assemblePdf(objects: string[]): Uint8Array {
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

function pdfFromStreams(streams: string[]): Uint8Array {
  // 1 catalog, 2 pages, 3 font, then per page: page object + content stream
  const pageIds = streams.map((_, i) => 4 + i * 2);
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${streams.length} >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  streams.forEach((content, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
  });
  return assemblePdf(objects);
}

/** A PDF whose pages hold the given text runs, each drawn at its own position. */
export function pdfWithText(pages: PdfText[][]): Uint8Array {
  return pdfFromStreams(
    pages.map((runs) =>
      runs.map((r) => `BT /F1 ${r.size ?? 10} Tf 1 0 0 1 ${r.x} ${r.y} Tm ${pdfString(r.text)} Tj ET`).join("\n"),
    ),
  );
}

/** Lines of one column from the top (y = 740), 14 units apart. */
export function column(x: number, lines: string[], top = 740, size = 10): PdfText[] {
  return lines.map((text, i) => ({ x, y: top - i * 14, text, size }));
}

/** A "scanned" page: filled shapes only, no text operators at all. */
export function imageOnlyPdf(): Uint8Array {
  return pdfFromStreams(["0.2 g 72 500 468 220 re f 0.8 g 90 520 200 20 re f"]);
}

// ---- DOCX: a stored (uncompressed) zip ----

/** A ZIP of text entries (DOCX is one), by fflate: stored entries, like a minimal Word file. */
export function zip(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 0 });
}

export interface DocxParagraph {
  text: string;
  heading?: boolean;
  bullet?: boolean;
  /** a one-row table with these cells instead of a paragraph */
  cells?: string[];
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A Word document: headings use the built-in Heading1 style, bullets a real numbering list. */
export function docxWith(paragraphs: DocxParagraph[]): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body = paragraphs
    .map((p) => {
      if (p.cells) {
        const tcs = p.cells.map(
          (c) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${xmlEscape(c)}</w:t></w:r></w:p></w:tc>`,
        );
        return `<w:tbl><w:tr>${tcs.join("")}</w:tr></w:tbl>`;
      }
      const props = p.heading
        ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'
        : p.bullet
          ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
          : "";
      return `<w:p>${props}<w:r><w:t xml:space="preserve">${xmlEscape(p.text)}</w:t></w:r></w:p>`;
    })
    .join("");
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    "_rels/.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    "word/_rels/document.xml.rels":
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    "word/styles.xml": `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
    "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  });
}
