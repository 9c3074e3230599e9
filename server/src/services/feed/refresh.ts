import { insertEnrichmentsIfAbsent, unscoredPostingsSince } from "@vanta/db/queries/enrichments";
import { insertUserEvent, lastEventAt } from "@vanta/db/queries/events";
import { findProfile } from "@vanta/db/queries/profiles";
import { postingFeatures } from "@vanta/shared/match/features";
import { profileFeatures } from "@vanta/shared/match/profile-features";
import { fitFromFeatures } from "@vanta/shared/match/score";
import { MatchProfile } from "@vanta/shared/profile";
import { nowOf, type ServiceCtx } from "../context.ts";
import { rowToPosting } from "../postings/to-row.ts";
import { matchProfileOf } from "../profile/match-profile.ts";

// Keeps the feed fed: scores ingested postings the user has not seen yet, a batch at a time,
// with the same scorer as the side panel. The watermark is the user's last "search_run" event
// (its time = first_seen_at of the newest posting scored), so each posting is scored once.

const FIRST_LOOKBACK_MS = 14 * 24 * 60 * 60 * 1000;
export const REFRESH_BATCH = 200;

export async function refreshFeed(ctx: ServiceCtx, batch = REFRESH_BATCH): Promise<{ scored: number }> {
  const { db, userId } = ctx;
  const now = nowOf(ctx);
  const since = (await lastEventAt(db, userId, "search_run")) ?? new Date(now.getTime() - FIRST_LOOKBACK_MS);
  const rows = await unscoredPostingsSince(db, userId, since, batch);
  const newest = rows.at(-1);
  if (!newest) return { scored: 0 };

  const today = now.toISOString().slice(0, 10);
  const pf = profileFeatures(
    MatchProfile.parse(matchProfileOf(await findProfile(db, userId))),
    undefined,
    now.getUTCFullYear(),
  );
  const fits = rows.map((row) => ({
    userId,
    postingId: row.id,
    fit: fitFromFeatures(pf, postingFeatures(rowToPosting(row)), { today }),
  }));
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
  return { scored };
}
