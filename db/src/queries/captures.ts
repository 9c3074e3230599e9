import { and, asc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { jobPostings } from "../schema/postings.ts";

// Posting lookups for the intake (services/postings/intake.ts) and the side panel. Shared public
// data (not user-scoped); dedup order: (source, source_id) → canonical URL → fingerprint
// candidates confirmed by the shared dedup. Writes live in queries/postings.ts (upsertPostings).

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

/** Oldest live postings with this fingerprint (dedup candidates), `excludeId` (the new posting itself) left out. */
export async function findPostingsByFingerprint(
  db: Executor,
  fingerprint: string,
  limit = 5,
  excludeId?: string,
): Promise<PostingRow[]> {
  return db
    .select()
    .from(jobPostings)
    .where(
      and(
        eq(jobPostings.fingerprint, fingerprint),
        isNull(jobPostings.deletedAt),
        excludeId ? ne(jobPostings.id, excludeId) : undefined,
      ),
    )
    .orderBy(asc(jobPostings.firstSeenAt))
    .limit(limit);
}

/**
 * Live postings of the same role (company|title) in any place, oldest first, `excludeId` left out:
 * the candidates for a cluster that spans locations (a multi-city posting bridges its cities).
 */
export async function findPostingsByRoleKey(
  db: Executor,
  roleKey: string,
  limit: number,
  excludeId: string,
): Promise<PostingRow[]> {
  return db
    .select()
    .from(jobPostings)
    .where(and(eq(jobPostings.roleKey, roleKey), isNull(jobPostings.deletedAt), ne(jobPostings.id, excludeId)))
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

/** id → the root of its cluster (its cluster_id, else itself) for these posting ids. */
export async function clusterRootsOf(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: jobPostings.id, clusterId: jobPostings.clusterId })
    .from(jobPostings)
    .where(inArray(jobPostings.id, ids));
  return new Map(rows.map((r) => [r.id, r.clusterId ?? r.id]));
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
