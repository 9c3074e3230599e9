import { type AnyColumn, and, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { jobPostings } from "../schema/postings.ts";

// A card is a cluster: the posting whose id fits and applications are filed under, plus the
// copies linked to it (cluster_id). One role can be posted in many cities; the card, the side
// panel, the digest and the location filters read the places of every member.

/** True when any member of the cluster rooted at `rootId` has a place containing `pattern` (ILIKE). */
export function clusterLocationMatches(rootId: AnyColumn | SQL, pattern: string): SQL {
  return sql`exists (select 1 from ${jobPostings} m where (m.id = ${rootId} or m.cluster_id = ${rootId}) and m.deleted_at is null and array_to_string(m.locations, ' | ') ilike ${pattern})`;
}

/** Places in order, each once (case-insensitively): a cluster's copies repeat their city. */
export function uniqueLocations(list: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  return (list ?? []).filter((l) => {
    const k = l.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * id → every place of the cluster rooted there: the root's own first, then its members' (oldest
 * first), each once. One indexed query (pkey + cluster_id) for a page of ids.
 */
export async function clusterLocationsOf(db: Executor, rootIds: string[]): Promise<Map<string, string[]>> {
  if (!rootIds.length) return new Map();
  const rows = await db
    .select({ id: jobPostings.id, clusterId: jobPostings.clusterId, locations: jobPostings.locations })
    .from(jobPostings)
    .where(
      and(or(inArray(jobPostings.id, rootIds), inArray(jobPostings.clusterId, rootIds)), isNull(jobPostings.deletedAt)),
    )
    .orderBy(jobPostings.firstSeenAt);
  const out = new Map<string, string[]>(rootIds.map((id) => [id, []]));
  // the root's own places first
  for (const r of rows) if (out.has(r.id)) out.get(r.id)?.push(...r.locations);
  for (const r of rows)
    if (r.clusterId && out.has(r.clusterId) && r.clusterId !== r.id) out.get(r.clusterId)?.push(...r.locations);
  for (const [id, list] of out) out.set(id, uniqueLocations(list));
  return out;
}
