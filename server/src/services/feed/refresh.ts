import {
  insertEnrichmentsIfAbsent,
  rewriteFits,
  staleEnrichments,
  unscoredPostingsSince,
} from "@vanta/db/queries/enrichments";
import { insertUserEvent, lastEventAt } from "@vanta/db/queries/events";
import { findProfile } from "@vanta/db/queries/profiles";
import { type ProfileFeatures, profileFeatures } from "@vanta/shared/match/profile-features";
import { fitFromFeatures } from "@vanta/shared/match/score";
import type { Posting } from "@vanta/shared/posting";
import { MatchProfile } from "@vanta/shared/profile";
import { nowOf, type ServiceCtx } from "../context.ts";
import { collectionStats } from "../postings/collection-stats.ts";
import { rowToPosting } from "../postings/to-row.ts";
import { matchProfileOf } from "../profile/match-profile.ts";
import { postingFeaturesCache } from "./features-cache.ts";

// Keeps the feed fed and true: rescores fits older than the user's last profile change, and
// scores ingested postings the user has not seen yet, a batch at a time, with the same scorer
// as the side panel. The watermark is the user's last "search_run" event
// (its time = first_seen_at of the newest posting scored), so each posting is scored once.

const FIRST_LOOKBACK_MS = 14 * 24 * 60 * 60 * 1000;
export const REFRESH_BATCH = 200;

export async function refreshFeed(
  ctx: Pick<ServiceCtx, "db" | "userId" | "now">,
  batch = REFRESH_BATCH,
): Promise<{ scored: number; rescored: number; more: boolean }> {
  const { db, userId } = ctx;
  const now = nowOf(ctx);
  const profile = await findProfile(db, userId);
  const today = now.toISOString().slice(0, 10);
  // the same collection statistics as the side panel, so a posting scores the same in both
  const stats = await collectionStats(db, now);
  let pf: ProfileFeatures | null = null;
  // posting features do not depend on the user: shared across users through the process cache
  const fitOf = (postingId: string, p: Posting) => {
    pf ??= profileFeatures(MatchProfile.parse(matchProfileOf(profile)), stats, now.getUTCFullYear());
    return fitFromFeatures(pf, postingFeaturesCache.features(postingId, p, stats), { today, stats });
  };

  // Fits computed before the last profile or resume change no longer tell the truth: redo them.
  let rescored = 0;
  if (profile) {
    const stale = await staleEnrichments(db, userId, profile.updatedAt, batch);
    const fits = stale.map(({ enrichment, posting }) => {
      const fit = fitOf(posting.id, rowToPosting(posting));
      // The refreshed fit has no similar-postings sample: keep an estimate made at capture time.
      if (!fit.salary && enrichment.factors.salary?.estimate) fit.salary = enrichment.factors.salary;
      return { userId, postingId: posting.id, fit };
    });
    await rewriteFits(db, fits, now);
    rescored = fits.length;
  }

  const since = (await lastEventAt(db, userId, "search_run")) ?? new Date(now.getTime() - FIRST_LOOKBACK_MS);
  const rows = await unscoredPostingsSince(db, userId, since, batch);
  const newest = rows.at(-1);
  if (!newest) return { scored: 0, rescored, more: rescored === batch };
  const fits = rows.map((row) => ({ userId, postingId: row.id, fit: fitOf(row.id, rowToPosting(row)) }));
  const scored = await db.transaction(async (tx) => {
    const n = await insertEnrichmentsIfAbsent(tx, fits);
    await insertUserEvent(tx, {
      userId,
      type: "search_run",
      occurredAt: newest.firstSeenAt,
      props: { kind: "feed_refresh", scored: n, batch: rows.length },
    });
    return n;
  });
  // short batches read every unscored posting and stale fit there was: another call would find none
  return { scored, rescored, more: rows.length === batch || rescored === batch };
}
