// `pnpm eval capture`: runs the capture extractors over the real saved pages of the corpus
// and prints per-field accuracy against hand-written expected values (capture-expected.json).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractPosting } from "@vanta/shared/capture/index";
import type { Posting, Salary } from "@vanta/shared/posting";
import { parseHTML } from "linkedom";
import { z } from "zod";

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, "../../../../shared/corpus/1-posting-pages");
const GOAL = 0.95;

const Expected = z.object({
  pages: z.array(
    z.object({
      file: z.string(),
      url: z.string().url(),
      title: z.string(),
      company: z.string(),
      locations: z.array(z.string()),
      remote: z.enum(["remote", "hybrid", "onsite", "unknown"]),
      salary: z
        .object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string(), period: z.string() })
        .nullable(),
      description: z.object({ start: z.string(), contains: z.array(z.string()) }),
    }),
  ),
});
type Page = z.infer<typeof Expected>["pages"][number];

const sameSalary = (a: Salary | null, b: Page["salary"]) =>
  a === null || b === null
    ? a === b
    : a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const descOk = (text: string, d: Page["description"]) =>
  text.replace(/^[•\s]+/, "").startsWith(d.start) && d.contains.every((c) => text.includes(c));

const FIELDS = ["found", "title", "company", "locations", "remote", "salary", "description", "closed"] as const;
type Field = (typeof FIELDS)[number];

function check(p: Posting | null, e: Page): Record<Field, boolean> {
  return {
    found: !!p,
    title: p?.title === e.title,
    company: p?.company === e.company,
    locations: !!p && sameSet(p.locations, e.locations),
    remote: p?.remote === e.remote,
    salary: !!p && sameSalary(p.salary, e.salary),
    description: !!p && descOk(p.description, e.description),
    closed: p?.closed === false,
  };
}

export async function main(args: string[]): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`capture eval: corpus not found at ${CORPUS}; nothing to evaluate.`);
    return;
  }
  const verbose = args.includes("--verbose");
  const expected = Expected.parse(JSON.parse(readFileSync(join(here, "capture-expected.json"), "utf8")));
  const hits = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: string[] = [];
  for (const e of expected.pages) {
    const path = join(CORPUS, e.file);
    if (!existsSync(path)) {
      misses.push(`${e.file}: file missing from corpus`);
      continue;
    }
    const { document } = parseHTML(readFileSync(path, "utf8"));
    const p = extractPosting(document as unknown as Document, e.url);
    const r = check(p, e);
    for (const f of FIELDS) {
      if (r[f]) hits[f]++;
      else {
        const got = p
          ? f === "description"
            ? `${p.description.slice(0, 80)}…`
            : JSON.stringify(p[f as keyof Posting])
          : "null";
        misses.push(`${e.file}: ${f} got ${got}`);
      }
    }
    if (verbose) console.log(e.file, JSON.stringify({ ...p, description: p?.description.slice(0, 120) }));
  }
  const n = expected.pages.length;
  console.log(`capture eval over ${n} corpus pages (goal >= ${GOAL * 100}% per field)`);
  let ok = true;
  for (const f of FIELDS) {
    const acc = hits[f] / n;
    if (acc < GOAL) ok = false;
    console.log(
      `  ${f.padEnd(12)} ${(acc * 100).toFixed(1).padStart(5)}%  (${hits[f]}/${n})${acc < GOAL ? "  BELOW GOAL" : ""}`,
    );
  }
  if (misses.length) console.log(`misses:\n${misses.map((m) => `  - ${m}`).join("\n")}`);
  if (!ok) process.exitCode = 1;
}
