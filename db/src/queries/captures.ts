import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { jobPostings } from "../schema/postings.ts";

// Postings captured by the extension. Shared public data (not user-scoped); dedup order:
// (source, source_id) → canonical URL → cross-source fingerprint (confirmed by the caller).

export type PostingRow = typeof jobPostings.$inferSelect;
export type NewPostingRow = Omit<
  typeof jobPostings.$inferInsert,
  "id" | "createdAt" | "updatedAt" | "firstSeenAt" | "lastSeenAt" | "clusterId"
>;

export async function findPostingById(db: Executor, id: string): Promise<PostingRow | null> {
  const rows = await db
    .select()
    .from(jobPostings)
    .where(and(eq(jobPostings.id, id), isNull(jobPostings.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findPostingBySource(db: Executor, source: string, sourceId: string): Promise<PostingRow | null> {
  const rows = await db
    .select()
    .from(jobPostings)
    .where(and(eq(jobPostings.source, source), eq(jobPostings.sourceId, sourceId), isNull(jobPostings.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

/** Oldest live posting at this canonical URL (indexed; every writer stores canonical_url). */
export async function findPostingByUrl(db: Executor, canonicalUrl: string): Promise<PostingRow | null> {
  const rows = await db
    .select()
    .from(jobPostings)
    .where(and(eq(jobPostings.canonicalUrl, canonicalUrl), isNull(jobPostings.deletedAt)))
    .orderBy(asc(jobPostings.firstSeenAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function findPostingsByFingerprint(db: Executor, fingerprint: string, limit = 5): Promise<PostingRow[]> {
  return db
    .select()
    .from(jobPostings)
    .where(and(eq(jobPostings.fingerprint, fingerprint), isNull(jobPostings.deletedAt)))
    .orderBy(asc(jobPostings.firstSeenAt))
    .limit(limit);
}

/** The ids of a posting's cluster (itself, its canonical copy and the other source copies). */
export async function clusterPostingIds(db: Executor, rootId: string): Promise<string[]> {
  const rows = await db
    .select({ id: jobPostings.id })
    .from(jobPostings)
    .where(or(eq(jobPostings.id, rootId), eq(jobPostings.clusterId, rootId)));
  return rows.map((r) => r.id);
}

/** Ids of live postings at this canonical URL, with the root of their cluster. */
export async function postingRootsForUrl(db: Executor, canonicalUrl: string): Promise<string[]> {
  const rows = await db
    .select({ root: sql<string>`coalesce(${jobPostings.clusterId}, ${jobPostings.id})` })
    .from(jobPostings)
    .where(and(eq(jobPostings.canonicalUrl, canonicalUrl), isNull(jobPostings.deletedAt)))
    .limit(20);
  return [...new Set(rows.map((r) => r.root))];
}

/**
 * Inserts a captured posting, or refreshes the fields a page can change (title, text, salary,
 * closed) when (source, source_id) already exists — one statement, so concurrent captures agree.
 */
export async function upsertPostingBySource(
  db: Executor,
  row: NewPostingRow,
  clusterId: string | null = null,
): Promise<PostingRow> {
  const now = new Date();
  const [out] = await db
    .insert(jobPostings)
    .values({ ...row, clusterId, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoUpdate({
      target: [jobPostings.source, jobPostings.sourceId],
      set: {
        title: row.title,
        company: row.company,
        locations: row.locations,
        remote: row.remote,
        employmentType: row.employmentType,
        salaryMinCents: row.salaryMinCents,
        salaryMaxCents: row.salaryMaxCents,
        salaryCurrency: row.salaryCurrency,
        salaryPeriod: row.salaryPeriod,
        // A capture with an empty description (page still loading) never wipes a stored one.
        description: sql`case when ${row.description ?? ""} = '' then ${jobPostings.description} else ${row.description ?? ""} end`,
        closed: row.closed,
        lastSeenAt: now,
      },
    })
    .returning();
  if (!out) throw new Error("posting upsert returned nothing");
  return out;
}

/** Postings with a stated salary and the same normalized title: the sample for a salary estimate. */
export async function similarSalariedPostings(
  db: Executor,
  normalizedTitle: string,
  excludeIds: string[],
  limit = 100,
): Promise<PostingRow[]> {
  const where = and(
    eq(jobPostings.normalizedTitle, normalizedTitle),
    isNull(jobPostings.deletedAt),
    sql`${jobPostings.salaryMinCents} is not null`,
  );
  const rows = await db
    .select()
    .from(jobPostings)
    .where(where)
    .limit(limit + excludeIds.length);
  const skip = new Set(excludeIds);
  return rows.filter((r) => !skip.has(r.id)).slice(0, limit);
}
