import { findPostingById } from "@vanta/db/queries/captures";
import { clusterLocationsOf } from "@vanta/db/queries/cluster-locations";
import { findEnrichment, postingVisibleToUser } from "@vanta/db/queries/enrichments";
import { findProfile } from "@vanta/db/queries/profiles";
import type { PostingFitOutput, PostingView } from "@vanta/shared/api/postings";
import { FitResult } from "@vanta/shared/fit";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { computeAndStoreFit } from "./fit.ts";
import { rowToPosting } from "./to-row.ts";

export async function getPosting(ctx: ServiceCtx, id: string): Promise<PostingView> {
  if (!(await postingVisibleToUser(ctx.db, ctx.userId, id))) throw new NotFoundError("posting");
  const row = await findPostingById(ctx.db, id);
  if (!row) throw new NotFoundError("posting");
  // The side panel lists every place of the posting's cluster (one role posted in several cities).
  const locations = (await clusterLocationsOf(ctx.db, [row.clusterId ?? row.id])).get(row.clusterId ?? row.id);
  return {
    ...rowToPosting(row),
    locations: locations?.length ? locations : row.locations,
    id: row.id,
    firstSeenAt: row.firstSeenAt.toISOString(),
  };
}

/** The user's stored fit for a posting; computed (and stored) on first ask or when the profile changed since. */
export async function getFit(ctx: ServiceCtx, postingId: string): Promise<PostingFitOutput> {
  const [stored, profile] = await Promise.all([
    findEnrichment(ctx.db, ctx.userId, postingId),
    findProfile(ctx.db, ctx.userId),
  ]);
  const parsed = stored ? FitResult.safeParse(stored.factors) : null;
  const fresh = stored && (!profile || stored.updatedAt >= profile.updatedAt);
  if (stored && fresh && parsed?.success)
    return { postingId, fit: parsed.data, computedAt: stored.updatedAt.toISOString() };
  // Only postings the user has reached (tracked ones whose fit was never stored) are scored here.
  if (!(await postingVisibleToUser(ctx.db, ctx.userId, postingId))) throw new NotFoundError("posting");
  const row = await findPostingById(ctx.db, postingId);
  if (!row) throw new NotFoundError("posting");
  const { fit, enrichment } = await computeAndStoreFit(
    ctx.db,
    ctx.userId,
    postingId,
    rowToPosting(row),
    row,
    nowOf(ctx),
  );
  return { postingId, fit, computedAt: enrichment.updatedAt.toISOString() };
}
