// `pnpm bench capture [--runs N]`: extraction time per page over the corpus pages (or the
// fixtures when the corpus is absent), parse excluded and parse included. Goal: median <= 50 ms.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { detectAdapter, extractPosting } from "@vanta/shared/capture/index";
import { parseHTML } from "linkedom";

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, "../../../../shared/corpus/1-posting-pages");
const FIXTURES = join(here, "../../fixtures/pages");
const GOAL_MS = 50;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith(".html") ? [p] : [];
  });
}

/** The URL a page was saved from: its canonical/og:url, else a URL naming its board folder. */
function pageUrl(html: string, file: string, root: string): string {
  const m = /<link rel="canonical" href="(https?:[^"]+)"|property="og:url" content="(https?:[^"]+)"/.exec(html);
  return m?.[1] ?? m?.[2] ?? `http://127.0.0.1/${relative(root, file)}`;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

export async function main(args: string[]): Promise<void> {
  const i = args.indexOf("--runs");
  const runs = i >= 0 ? Math.max(1, Number(args[i + 1]) || 5) : 5;
  const root = existsSync(CORPUS) ? CORPUS : FIXTURES;
  const files = htmlFiles(root);
  console.log(`capture bench: ${files.length} pages from ${relative(process.cwd(), root)}, ${runs} runs each`);
  const extractOnly: number[] = [];
  const withParse: number[] = [];
  const rows: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    const url = pageUrl(html, file, root);
    const own: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      const { document } = parseHTML(html);
      const t1 = performance.now();
      const doc = document as unknown as Document;
      extractPosting(doc, url);
      const t2 = performance.now();
      extractOnly.push(t2 - t1);
      withParse.push(t2 - t0);
      own.push(t2 - t1);
    }
    const { document } = parseHTML(html);
    const adapter = detectAdapter(document as unknown as Document, url).name;
    rows.push(
      `  ${relative(root, file).padEnd(64)} ${(html.length / 1024).toFixed(0).padStart(5)} kB  ${adapter.padEnd(15)} ${quantile(own, 0.5).toFixed(1).padStart(6)} ms`,
    );
  }
  console.log(rows.join("\n"));
  const med = quantile(extractOnly, 0.5);
  console.log(`extract only:   median ${med.toFixed(1)} ms   p95 ${quantile(extractOnly, 0.95).toFixed(1)} ms`);
  console.log(
    `parse+extract:  median ${quantile(withParse, 0.5).toFixed(1)} ms   p95 ${quantile(withParse, 0.95).toFixed(1)} ms`,
  );
  console.log(med <= GOAL_MS ? `goal met (median <= ${GOAL_MS} ms)` : `GOAL MISSED (median > ${GOAL_MS} ms)`);
}
