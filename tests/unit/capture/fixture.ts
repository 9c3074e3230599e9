import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractPosting } from "@vanta/shared/capture/index";
import { Posting } from "@vanta/shared/posting";
import { parseHTML } from "linkedom";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/pages");

/** A saved page as a DOM Document (linkedom), the way the CLI reads it. */
export function loadDoc(path: string): Document {
  return htmlDoc(readFileSync(join(FIXTURES, path), "utf8"));
}

export function htmlDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Extracts and asserts the result passes the shared Posting contract. */
export function extract(path: string, url: string): Posting | null {
  const p = extractPosting(loadDoc(path), url);
  if (p) Posting.parse(p);
  return p;
}

/** Where the extension e2e serves the fixtures: any board is recognized by markup alone. */
export const LOCAL = "http://127.0.0.1:4173/";
