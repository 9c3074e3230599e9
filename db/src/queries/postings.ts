import { and, asc, eq, inArray, isNull, ne, or } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { jobPostings } from "../schema/postings.ts";
import type { NewPostingRow, PostingRow } from "./captures.ts";

// Bulk upsert for ingestion. Identity: (source, source_id) first, then the canonical URL
// (the same job reached through another feed URL). Rows whose content did not change only get
// `last_seen_at` refreshed, so "updated" means the posting really changed.

export interface UpsertPostingsResult {
  inserted: number;
  updated: number;
  /** already stored and unchanged (or stored under another id at the same canonical URL) */
  duplicates: number;
  /** the rows inserted by this call, in input order */
  insertedRows: Array<{ id: string; source: string; fingerprint: string }>;
  /** per input row: the stored posting it became or matched (by source id or canonical URL) */
  ids: string[];
}

export interface UpsertPostingsOptions {
  /**
   * "refresh": a trusted feed rewrites its own rows when their content changed (and takes over a
   * row a capture created under the same board id). "add": the rows may only be added — a match
   * is left exactly as stored, except that an empty description is filled (a capture made while
   * the page was loading). Captures come from pages anyone can craft, so they only add.
   */
  mode: "refresh" | "add";
}

/** Columns whose change makes an ingested posting "updated". */
const CONTENT_COLUMNS = [
  "title",
  "company",
  "locations",
  "countries",
  "remote",
  "employmentType",
  "salaryMinCents",
  "salaryMaxCents",
  "salaryCurrency",
  "salaryPeriod",
  "description",
  "skills",
  "yearsRequired",
  "visaSponsorship",
  "clearance",
  "education",
  "seniority",
  "family",
  "url",
  "postedAt",
  "validThrough",
  "closed",
] as const satisfies ReadonlyArray<keyof NewPostingRow & keyof PostingRow>;

function changed(existing: PostingRow, row: NewPostingRow): boolean {
  return CONTENT_COLUMNS.some((c) => JSON.stringify(existing[c] ?? null) !== JSON.stringify(row[c] ?? null));
}

const CHUNK = 200;

export async function upsertPostings(
  db: Executor,
  rows: NewPostingRow[],
  opts: UpsertPostingsOptions = { mode: "refresh" },
): Promise<UpsertPostingsResult> {
  const result: UpsertPostingsResult = { inserted: 0, updated: 0, duplicates: 0, insertedRows: [], ids: [] };
  for (let i = 0; i < rows.length; i += CHUNK) await upsertChunk(db, rows.slice(i, i + CHUNK), result, opts);
  return result;
}

async function upsertChunk(
  db: Executor,
  rows: NewPostingRow[],
  result: UpsertPostingsResult,
  opts: UpsertPostingsOptions,
): Promise<void> {
  if (!rows.length) return;
  const now = new Date();
  const bySource = new Map<string, PostingRow>();
  const existingBySource = await db
    .select()
    .from(jobPostings)
    .where(or(...rows.map((r) => and(eq(jobPostings.source, r.source), eq(jobPostings.sourceId, r.sourceId)))));
  for (const e of existingBySource) bySource.set(`${e.source}\u0000${e.sourceId}`, e);

  const unknown = rows.filter((r) => !bySource.has(`${r.source}\u0000${r.sourceId}`));
  const urls = [...new Set(unknown.map((r) => r.canonicalUrl))];
  // canonical URL → the oldest live posting there
  const atUrl = new Map<string, string>();
  if (urls.length) {
    const found = await db
      .select({ id: jobPostings.id, canonicalUrl: jobPostings.canonicalUrl })
      .from(jobPostings)
      .where(and(inArray(jobPostings.canonicalUrl, urls), isNull(jobPostings.deletedAt)))
      .orderBy(asc(jobPostings.firstSeenAt));
    for (const f of found) if (!atUrl.has(f.canonicalUrl)) atUrl.set(f.canonicalUrl, f.id);
  }

  const touch: string[] = [];
  for (const row of rows) {
    const existing = bySource.get(`${row.source}\u0000${row.sourceId}`);
    if (existing) {
      result.ids.push(existing.id);
      if (opts.mode === "add") {
        if (!existing.description && row.description)
          await db
            .update(jobPostings)
            .set({ description: row.description, skills: row.skills })
            .where(and(eq(jobPostings.id, existing.id), eq(jobPostings.description, "")));
        result.duplicates++;
        continue;
      }
      if (changed(existing, row)) {
        await db
          .update(jobPostings)
          .set({ ...row, lastSeenAt: now, deletedAt: null })
          .where(eq(jobPostings.id, existing.id));
        result.updated++;
      } else {
        touch.push(existing.id);
        result.duplicates++;
      }
      continue;
    }
    const sameUrl = atUrl.get(row.canonicalUrl);
    if (sameUrl) {
      result.ids.push(sameUrl);
      result.duplicates++;
      continue;
    }
    // ON CONFLICT: a concurrent run may have inserted the same (source, source_id) meanwhile.
    const [inserted] = await db
      .insert(jobPostings)
      .values({ ...row, firstSeenAt: now, lastSeenAt: now })
      .onConflictDoNothing({ target: [jobPostings.source, jobPostings.sourceId] })
      .returning({ id: jobPostings.id });
    if (inserted) {
      result.inserted++;
      result.ids.push(inserted.id);
      result.insertedRows.push({ id: inserted.id, source: row.source, fingerprint: row.fingerprint });
      atUrl.set(row.canonicalUrl, inserted.id);
    } else {
      // Inserted meanwhile by a concurrent writer: that row is this posting.
      const [winner] = await db
        .select({ id: jobPostings.id })
        .from(jobPostings)
        .where(and(eq(jobPostings.source, row.source), eq(jobPostings.sourceId, row.sourceId)));
      if (!winner) throw new Error(`posting ${row.source}/${row.sourceId} neither inserted nor found`);
      result.ids.push(winner.id);
      result.duplicates++;
    }
  }
  if (touch.length) await db.update(jobPostings).set({ lastSeenAt: now }).where(inArray(jobPostings.id, touch));
}

/** Links a posting to the canonical posting of its cross-source cluster. */
export async function setPostingCluster(db: Executor, id: string, clusterId: string): Promise<void> {
  await db
    .update(jobPostings)
    .set({ clusterId })
    .where(and(eq(jobPostings.id, id), ne(jobPostings.id, clusterId)));
}
