import type { Executor } from "@vanta/db";
import {
  findPostingBySource,
  findPostingByUrl,
  findPostingsByFingerprint,
  type PostingRow,
  upsertPostingBySource,
} from "@vanta/db/queries/captures";
import { samePosting } from "@vanta/shared/dedup/cluster";
import type { Posting } from "@vanta/shared/posting";
import { capturedPostingRow, rowToPosting } from "./to-row.ts";

export interface StoredPosting {
  /** the row for this capture */
  row: PostingRow;
  /** the canonical posting of its cluster: what applications and fits attach to */
  rootId: string;
}

const rootOf = (row: PostingRow) => row.clusterId ?? row.id;

/**
 * Upserts a captured posting with dedup: same (source, source_id) → refresh it; same canonical
 * URL → that posting; same fingerprint confirmed by shared/dedup → a linked source copy.
 */
export async function storeCapturedPosting(db: Executor, posting: Posting): Promise<StoredPosting> {
  const values = capturedPostingRow(posting);
  const bySource = await findPostingBySource(db, values.source, values.sourceId);
  if (bySource) {
    const row = await upsertPostingBySource(db, values, bySource.clusterId);
    return { row, rootId: rootOf(row) };
  }
  const byUrl = await findPostingByUrl(db, values.canonicalUrl);
  if (byUrl) return { row: byUrl, rootId: rootOf(byUrl) };

  const twins = await findPostingsByFingerprint(db, values.fingerprint);
  // A fingerprint is only a candidate: the shared dedup confirms title, place and wording.
  const twin = twins.find((t) => samePosting(rowToPosting(t), posting).same);
  const row = await upsertPostingBySource(db, values, twin ? rootOf(twin) : null);
  return { row, rootId: rootOf(row) };
}
