import { z } from "zod";
import { Posting, RemoteType, Salary } from "../posting.ts";

// Lenient reading of posting JSON lines for `vanta rank` / `vanta dedup`: a line needs an
// id, a title and a company; optional fields may be missing and get neutral defaults.
// Anything malformed is reported per line, never thrown.

export const PostingLine = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  title: Posting.shape.title,
  company: Posting.shape.company,
  locations: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  remote: RemoteType.default("unknown"),
  employmentType: z.string().max(50).nullable().default(null),
  salary: Salary.nullable().default(null),
  description: z.string().max(200_000).default(""),
  postedAt: Posting.shape.postedAt.default(null),
  closed: z.boolean().default(false),
  source: z.string().min(1).max(50).default("unknown"),
  // feeds often carry numeric ids
  sourceId: z
    .union([z.string().max(200), z.number()])
    .transform((v) => String(v))
    .nullable()
    .default(null),
  url: z.string().max(2000).default(""),
});
export type PostingLine = z.infer<typeof PostingLine>;

export type LineResult = { ok: true; posting: PostingLine } | { ok: false; line: number; error: string };

function describe(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
}

/** stderr lines for the rejected lines: the first `max` in full, then a count. */
export function describeRejected(results: LineResult[], max = 20): string[] {
  const bad = results.filter((r): r is Extract<LineResult, { ok: false }> => !r.ok);
  const out = bad.slice(0, max).map((r) => `skipped line ${r.line}: ${r.error}`);
  if (bad.length > max) out.push(`… and ${bad.length - max} more invalid lines (${bad.length} skipped in all)`);
  return out;
}

/** Parse JSONL text; blank lines are skipped, every other line yields a result. */
export function parsePostingLines(text: string): LineResult[] {
  const out: LineResult[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      out.push({ ok: false, line: i + 1, error: `not JSON (${e instanceof Error ? e.message : String(e)})` });
      return;
    }
    const r = PostingLine.safeParse(json);
    out.push(r.success ? { ok: true, posting: r.data } : { ok: false, line: i + 1, error: describe(r.error) });
  });
  return out;
}
