import { InvalidInputError } from "../domain-errors.ts";

// Limits on reading an uploaded resume file. A 10 MB upload can still be a DOCX that inflates to
// gigabytes (a zip bomb) or a PDF that keeps pdf.js busy for minutes; both run inside the server
// process, so they are bounded here, before and while parsing. Used by the profile upload path
// (services/profile/extract-text.ts) and meant for services/resume/ (parse-file.ts) as well.

/** Sum of the declared uncompressed sizes of a DOCX's parts; a real resume is well under 10 MB. */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;
/** Parts in a DOCX: a resume has a few dozen. */
export const MAX_DOCX_ENTRIES = 1000;
/** Wall-clock budget for turning a PDF into text items, in a worker that is killed when it runs over. */
export const PDF_PARSE_TIMEOUT_MS = 15_000;
/** Heap of that worker: pdf.js on a hostile file cannot take the server's memory with it. */
export const PDF_WORKER_HEAP_MB = 256;
export const PDF_MAX_PAGES = 20;

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;

/**
 * Reads the ZIP central directory (no inflating) and refuses a DOCX whose parts would inflate past
 * MAX_DOCX_UNCOMPRESSED_BYTES, or that has too many parts or a ZIP64 directory.
 */
export function assertDocxWithinLimits(bytes: Uint8Array): void {
  const refuse = (why: string): never => {
    throw new InvalidInputError(`the DOCX file is not accepted: ${why}`, "contentBase64");
  };
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw refuse("it is not a complete ZIP archive");
  const entries = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff) throw refuse("ZIP64 archives are not supported");
  if (entries > MAX_DOCX_ENTRIES) throw refuse(`it has more than ${MAX_DOCX_ENTRIES} parts`);
  let at = dirOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) throw refuse("its ZIP directory is damaged");
    const size = u32(bytes, at + 24);
    if (size === 0xffffffff) throw refuse("ZIP64 archives are not supported");
    total += size;
    if (total > MAX_DOCX_UNCOMPRESSED_BYTES)
      throw refuse(`it would unpack to more than ${MAX_DOCX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
}

/** One pdf.js text item, as getTextContent gives it (enough for layout: text, position, size). */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  /** pdf.js marks the last item of a text line */
  hasEOL: boolean;
}

// Plain JavaScript, evaluated in the worker: it runs in a bare Node worker whatever loader (tsx,
// vitest) runs the server, and imports unpdf by absolute URL.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  try {
    const { getDocumentProxy } = await import(workerData.unpdfUrl);
    const pdf = await getDocumentProxy(new Uint8Array(workerData.bytes), { verbosity: 0 });
    const pages = [];
    for (let p = 1; p <= Math.min(pdf.numPages, workerData.maxPages); p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      pages.push(content.items.filter((i) => typeof i.str === "string").map((i) => ({ str: i.str, transform: i.transform, width: i.width, height: i.height, hasEOL: Boolean(i.hasEOL) })));
    }
    parentPort.postMessage({ ok: true, pages, numPages: pdf.numPages });
  } catch (err) {
    parentPort.postMessage({ ok: false, message: err && err.message ? err.message : String(err) });
  }
})();
`;

// Node modules are imported when a PDF is read, not when the app loads: the HTTP app stays
// runtime-agnostic (tests/integration/server/runtime-agnostic.test.ts).
async function nodeWorker() {
  const [{ Worker }, { createRequire }, { pathToFileURL }] = await Promise.all([
    import("node:worker_threads"),
    import("node:module"),
    import("node:url"),
  ]);
  return { Worker, unpdfUrl: pathToFileURL(createRequire(import.meta.url).resolve("unpdf")).href };
}

/**
 * The text items of each page (up to `maxPages`), read by pdf.js in a worker with a heap cap, killed
 * after `timeoutMs`. A parse error or a timeout is an InvalidInputError (a 400 for the upload).
 */
export async function pdfTextItemsWithLimits(
  bytes: Uint8Array,
  opts: { timeoutMs?: number; maxPages?: number; heapMb?: number } = {},
): Promise<{ pages: PdfTextItem[][]; numPages: number }> {
  const timeoutMs = opts.timeoutMs ?? PDF_PARSE_TIMEOUT_MS;
  const { Worker, unpdfUrl } = await nodeWorker();
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { bytes, unpdfUrl, maxPages: opts.maxPages ?? PDF_MAX_PAGES },
      resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? PDF_WORKER_HEAP_MB },
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new InvalidInputError(`the PDF took longer than ${timeoutMs / 1000} s to read`, "contentBase64")),
        ),
      timeoutMs,
    );
    worker.once(
      "message",
      (msg: { ok: true; pages: PdfTextItem[][]; numPages: number } | { ok: false; message: string }) =>
        finish(() =>
          msg.ok
            ? resolve({ pages: msg.pages, numPages: msg.numPages })
            : reject(new InvalidInputError(`could not read the PDF: ${msg.message}`, "contentBase64")),
        ),
    );
    worker.once("error", (err) =>
      finish(() => reject(new InvalidInputError(`could not read the PDF: ${err.message}`, "contentBase64"))),
    );
    worker.once("exit", (code) =>
      finish(() =>
        reject(new InvalidInputError(`could not read the PDF (reader stopped with code ${code})`, "contentBase64")),
      ),
    );
  });
}
