import type { Executor } from "@vanta/db";
import type { PostingRow } from "@vanta/db/queries/captures";
import { type EnrichmentRow, upsertEnrichment } from "@vanta/db/queries/enrichments";
import { findProfile } from "@vanta/db/queries/profiles";
import type { FitResult } from "@vanta/shared/fit";
import { scorePosting } from "@vanta/shared/match/score";
import type { Posting } from "@vanta/shared/posting";
import { matchProfileOf } from "../profile/match-profile.ts";
import { collectionStats } from "./collection-stats.ts";
import { salarySample } from "./salary-sample.ts";

/**
 * Scores a posting for the user from their profile + resume text and stores it in
 * posting_enrichments (keeping hidden/saved state). `posting` is what to score (the page
 * as captured); `postingId` is where the fit is filed.
 */
export async function computeAndStoreFit(
  db: Executor,
  userId: string,
  postingId: string,
  posting: Posting,
  row: PostingRow,
  now: Date,
): Promise<{ fit: FitResult; enrichment: EnrichmentRow }> {
  const profile = matchProfileOf(await findProfile(db, userId));
  // A missing salary is estimated from stored postings with the same normalized title.
  const similar =
    posting.salary === null && row.normalizedTitle
      ? await salarySample(db, row.normalizedTitle, [row.id, postingId])
      : undefined;
  const stats = await collectionStats(db, now);
  const fit = scorePosting(profile, posting, { today: now.toISOString().slice(0, 10), similar, stats });
  const enrichment = await upsertEnrichment(db, { userId, postingId, fit });
  return { fit, enrichment };
}
