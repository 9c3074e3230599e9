import type { Executor } from "@vanta/db";
import {
  clusterRootsOf,
  findPostingsByFingerprint,
  findPostingsByRoleKey,
  type NewPostingRow,
} from "@vanta/db/queries/captures";
import { setPostingCluster, upsertPostings } from "@vanta/db/queries/postings";
import { type DedupPosting, samePosting } from "@vanta/shared/dedup/cluster";
import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import { ingestedPostingRow, type PostingOrigin } from "../../ingest/to-row.ts";

// THE posting intake: every posting that reaches job_postings — a feed item from ingestion or a
// page captured in someone's browser — is a NormalizedPosting (shared/normalize/from-raw), goes
// through one row mapper (ingest/to-row) and this one upsert-and-cluster step. A feed refreshes
// its own rows; a capture only adds (upsertPostings' "add" mode): it can never rewrite a row
// that every user sees.

export interface IntakeResult {
  inserted: number;
  updated: number;
  duplicates: number;
  /** per input posting: the stored row it became or matched, and the root of that row's cluster */
  stored: Array<{ id: string; rootId: string }>;
}

const asDedup = (r: NewPostingRow & { id?: string }): DedupPosting => ({
  title: r.title,
  company: r.company,
  locations: r.locations ?? [],
  remote: r.remote ?? "unknown",
  description: r.description ?? "",
  source: r.source,
  url: r.url,
  sourceId: r.sourceId,
  postedAt: r.postedAt ?? null,
});

/**
 * Upserts the postings, then links each newly inserted one to an earlier copy of the same job
 * (one rule for every origin: a fingerprint or role-key candidate from any source, confirmed by
 * the shared dedup's samePosting — the rule `vanta dedup` applies), so the feed shows one card per
 * real job. A cluster can span cities; the feed shows all its members' locations.
 */
export async function intakePostings(
  db: Executor,
  postings: NormalizedPosting[],
  origin: PostingOrigin,
): Promise<IntakeResult> {
  const rows = postings.map((p) => ingestedPostingRow(p, origin));
  const res = await upsertPostings(db, rows, { mode: origin === "feed" ? "refresh" : "add" });
  const rowById = new Map(res.ids.map((id, i) => [id, rows[i]!] as const));
  const roots = new Map<string, string>();
  for (const added of res.insertedRows) {
    const self = rowById.get(added.id);
    if (!self) continue;
    // Same place first; then the same role elsewhere, which samePosting links only when the
    // places are compatible (a multi-city posting or a remote one bridges its cities).
    const same = (c: NewPostingRow) => samePosting(asDedup(c), asDedup(self)).same;
    let twin = (await findPostingsByFingerprint(db, added.fingerprint, 10, added.id)).find(same);
    if (!twin && self.roleKey) twin = (await findPostingsByRoleKey(db, self.roleKey, 50, added.id)).find(same);
    if (!twin) continue;
    const root = twin.clusterId ?? twin.id;
    await setPostingCluster(db, added.id, root);
    roots.set(added.id, root);
  }
  const unknown = [...new Set(res.ids.filter((id) => !roots.has(id)))];
  for (const [id, root] of await clusterRootsOf(db, unknown)) roots.set(id, root);
  return {
    inserted: res.inserted,
    updated: res.updated,
    duplicates: res.duplicates,
    stored: res.ids.map((id) => ({ id, rootId: roots.get(id) ?? id })),
  };
}
