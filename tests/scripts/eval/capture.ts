// `pnpm eval capture`: runs the capture extractors over real saved pages of the shared corpus and
// prints per-field accuracy against hand-written expected values (capture-expected.json), with the
// studied pages (selectors were written looking at them) and the held-out pages (never used to write
// or tune selectors) reported apart, per field and per board, each with a Wilson 95% interval.
// `--verbose` prints every capture; `--split held-out|studied` limits the run.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { capturePage } from "@vanta/shared/capture/index";
import type { Posting, Salary } from "@vanta/shared/posting";
import { parseHTML } from "linkedom";
import { z } from "zod";
import { wilson } from "./stats.lib.ts";

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = process.env.VANTA_CORPUS ?? join(here, "../../../../shared/corpus");
const GOAL = 0.95;

const oneOrMany = z.union([z.string(), z.array(z.string()).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));
const PostingPage = z.object({
  corpus: z.string(),
  split: z.enum(["studied", "held-out"]),
  file: z.string(),
  url: z.string().url(),
  list: z.literal(false).optional(),
  title: z.string(),
  company: oneOrMany,
  locations: z.array(z.string()),
  remote: z.enum(["remote", "hybrid", "onsite", "unknown"]),
  salary: z
    .object({ min: z.number().nullable(), max: z.number().nullable(), currency: z.string(), period: z.string() })
    .nullable(),
  description: z.object({ start: z.union([z.string(), z.array(z.string())]), contains: z.array(z.string()) }),
});
/** A page listing many jobs with none selected: the right answer is "no posting". */
const ListPage = z.object({
  corpus: z.string(),
  split: z.enum(["studied", "held-out"]),
  file: z.string(),
  url: z.string().url(),
  list: z.literal(true),
});
const Expected = z.object({ pages: z.array(z.union([ListPage, PostingPage])) });
type Page = z.infer<typeof Expected>["pages"][number];
type PostPage = z.infer<typeof PostingPage>;

const sameSalary = (a: Salary | null, b: PostPage["salary"]) =>
  a === null || b === null
    ? a === b
    : a.min === b.min && a.max === b.max && a.currency === b.currency && a.period === b.period;
// Each expected place appears in one captured location (display forms differ: "Austin, TX" ⊂ "Austin, TX, US").
const sameLocations = (got: string[], want: string[]) =>
  got.length === want.length && want.every((w) => got.some((g) => g.toLowerCase().includes(w.toLowerCase())));
const descOk = (text: string, d: PostPage["description"]) => {
  const t = text.replace(/^[•\s]+/, "");
  const starts = typeof d.start === "string" ? [d.start] : d.start;
  return starts.some((s) => t.startsWith(s)) && d.contains.every((c) => text.includes(c));
};

const FIELDS = ["found", "title", "company", "locations", "remote", "salary", "description", "closed"] as const;
type Field = (typeof FIELDS)[number];

/** Field → right/wrong; list pages are judged on `found` only (no posting must be found). */
function check(p: Posting | null, e: Page): Partial<Record<Field, boolean>> {
  if (e.list) return { found: p === null };
  return {
    found: !!p,
    title: p?.title === e.title,
    company: !!p && e.company.includes(p.company),
    locations: !!p && sameLocations(p.locations, e.locations),
    remote: p?.remote === e.remote,
    salary: !!p && sameSalary(p.salary, e.salary),
    description: !!p && descOk(p.description, e.description),
    closed: p?.closed === false,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (label: string, k: number, n: number) => {
  const [lo, hi] = wilson(k, n);
  return `  ${label.padEnd(22)} ${pct(n ? k / n : 0).padStart(6)}  ${`${k}/${n}`.padStart(7)}  [${pct(lo)}, ${pct(hi)}]`;
};

type Tally = Map<string, { k: number; n: number }>;
const add = (t: Tally, key: string, ok: boolean) => {
  const v = t.get(key) ?? { k: 0, n: 0 };
  v.n++;
  if (ok) v.k++;
  t.set(key, v);
};

export async function main(args: string[]): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`capture eval: corpus not found at ${CORPUS}; nothing to evaluate (skipped).`);
    return;
  }
  const verbose = args.includes("--verbose");
  const only = args.includes("--split") ? args[args.indexOf("--split") + 1] : null;
  const expected = Expected.parse(JSON.parse(readFileSync(join(here, "capture-expected.json"), "utf8")));
  const bySplit = new Map<string, { fields: Tally; boards: Tally; pages: number; missing: number }>();
  const misses: string[] = [];
  for (const e of expected.pages) {
    if (only && e.split !== only) continue;
    const s = bySplit.get(e.split) ?? { fields: new Map(), boards: new Map(), pages: 0, missing: 0 };
    bySplit.set(e.split, s);
    const path = join(CORPUS, e.corpus, e.file);
    if (!existsSync(path)) {
      s.missing++;
      continue;
    }
    s.pages++;
    const board = e.file.split("/")[0] ?? "?";
    const { document } = parseHTML(readFileSync(path, "utf8"));
    const result = capturePage(document as unknown as Document, e.url);
    const p = result.posting;
    const r = check(p, e);
    for (const f of FIELDS) {
      const ok = r[f];
      if (ok === undefined) continue;
      add(s.fields, f, ok);
      add(s.boards, board, ok);
      if (!ok) {
        const got = p
          ? f === "description"
            ? `${JSON.stringify(p.description.slice(0, 80))}…`
            : JSON.stringify(p[f as keyof Posting])
          : `null (${result.reason})`;
        misses.push(`[${e.split}] ${e.corpus}/${e.file}: ${f} got ${e.list ? `a posting "${p?.title}"` : got}`);
      }
    }
    if (verbose)
      console.log(e.file, JSON.stringify({ ...p, description: p?.description.slice(0, 120) }), result.reason);
  }
  for (const split of ["studied", "held-out"]) {
    const s = bySplit.get(split);
    if (!s) continue;
    let k = 0;
    let n = 0;
    for (const v of s.fields.values()) {
      k += v.k;
      n += v.n;
    }
    console.log(
      `\ncapture eval, ${split}: ${s.pages} pages${s.missing ? ` (${s.missing} missing from the corpus)` : ""}; all fields ${pct(k / (n || 1))} (${k}/${n}), Wilson 95% [${wilson(k, n).map(pct).join(", ")}]`,
    );
    console.log("  per field:");
    for (const f of FIELDS) {
      const v = s.fields.get(f);
      if (v) console.log(row(f, v.k, v.n));
    }
    console.log("  per board (all fields):");
    for (const [b, v] of [...s.boards].sort()) console.log(row(b, v.k, v.n));
  }
  if (misses.length) console.log(`\nmisses:\n${misses.map((m) => `  - ${m}`).join("\n")}`);
  // The goal applies to the studied pages; held-out figures are reported, not gated (too few pages).
  const studied = bySplit.get("studied");
  if (studied && [...studied.fields.values()].some((v) => v.k / v.n < GOAL)) process.exitCode = 1;
}
