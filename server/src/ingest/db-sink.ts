import type { Executor } from "@vanta/db";
import { findPostingsByFingerprint, type PostingRow } from "@vanta/db/queries/captures";
import { setPostingCluster, upsertPostings } from "@vanta/db/queries/postings";
import { samePosting } from "@vanta/shared/dedup/cluster";
import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import type { PostingSink } from "./sink.ts";
import { ingestedPostingRow } from "./to-row.ts";

const asDedup = (r: PostingRow) => ({
  title: r.title,
  company: r.company,
  locations: r.locations,
  remote: r.remote,
  description: r.description,
  source: r.source,
  url: r.url,
  sourceId: r.sourceId,
  postedAt: r.postedAt,
});

/**
 * The database sink: upsert by (source, source_id) / canonical URL, then link each new posting
 * to an earlier copy of the same job from another source (fingerprint candidate confirmed by
 * the shared dedup), so the feed shows one card per real job.
 */
export function dbSink(db: Executor): PostingSink {
  return async (postings: NormalizedPosting[]) => {
    const res = await upsertPostings(db, postings.map(ingestedPostingRow));
    for (const added of res.insertedRows) {
      const candidates = await findPostingsByFingerprint(db, added.fingerprint, 10);
      const self = candidates.find((c) => c.id === added.id);
      if (!self) continue;
      const twin = candidates.find(
        (c) => c.id !== self.id && c.source !== self.source && samePosting(asDedup(c), asDedup(self)).same,
      );
      if (twin) await setPostingCluster(db, self.id, twin.clusterId ?? twin.id);
    }
    return { inserted: res.inserted, updated: res.updated, duplicates: res.duplicates };
  };
}
