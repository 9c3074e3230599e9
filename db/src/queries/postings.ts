import { and, eq, inArray, isNull, ne, or } from "drizzle-orm";
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

export async function upsertPostings(db: Executor, rows: NewPostingRow[]): Promise<UpsertPostingsResult> {
  const result: UpsertPostingsResult = { inserted: 0, updated: 0, duplicates: 0, insertedRows: [] };
  for (let i = 0; i < rows.length; i += CHUNK) await upsertChunk(db, rows.slice(i, i + CHUNK), result);
  return result;
}

async function upsertChunk(db: Executor, rows: NewPostingRow[], result: UpsertPostingsResult): Promise<void> {
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
  const atUrl = new Set<string>();
  if (urls.length) {
    const found = await db
      .select({ canonicalUrl: jobPostings.canonicalUrl })
      .from(jobPostings)
      .where(and(inArray(jobPostings.canonicalUrl, urls), isNull(jobPostings.deletedAt)));
    for (const f of found) atUrl.add(f.canonicalUrl);
  }

  const touch: string[] = [];
  for (const row of rows) {
    const existing = bySource.get(`${row.source}\u0000${row.sourceId}`);
    if (existing) {
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
    if (atUrl.has(row.canonicalUrl)) {
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
      result.insertedRows.push({ id: inserted.id, source: row.source, fingerprint: row.fingerprint });
      atUrl.add(row.canonicalUrl);
    } else result.duplicates++;
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
