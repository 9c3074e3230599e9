import type { EnrichmentRow } from "@vanta/db/queries/enrichments";
import { postingVisibleToUser, setFeedState } from "@vanta/db/queries/enrichments";
import { insertUserEvent } from "@vanta/db/queries/events";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { getFit } from "../postings/get.ts";

// hide / save / view on feed items. A tracked posting that was never scored gets its fit
// computed first, so the state has a row to live on.

export interface FeedState {
  postingId: string;
  hidden: boolean;
  saved: boolean;
  viewed: boolean;
}

const stateOf = (r: EnrichmentRow): FeedState => ({
  postingId: r.postingId,
  hidden: r.hiddenAt !== null,
  saved: r.savedAt !== null,
  viewed: r.viewedAt !== null,
});

async function setState(
  ctx: ServiceCtx,
  postingId: string,
  column: "hiddenAt" | "savedAt" | "viewedAt",
  value: Date | null,
): Promise<EnrichmentRow> {
  const row = await setFeedState(ctx.db, ctx.userId, postingId, column, value);
  if (row) return row;
  if (!(await postingVisibleToUser(ctx.db, ctx.userId, postingId))) throw new NotFoundError("posting");
  await getFit(ctx, postingId);
  const again = await setFeedState(ctx.db, ctx.userId, postingId, column, value);
  if (!again) throw new NotFoundError("posting");
  return again;
}

export async function hidePosting(ctx: ServiceCtx, postingId: string, hidden: boolean): Promise<FeedState> {
  const row = await setState(ctx, postingId, "hiddenAt", hidden ? nowOf(ctx) : null);
  if (hidden) await insertUserEvent(ctx.db, { userId: ctx.userId, type: "posting_hide", entityId: postingId });
  return stateOf(row);
}

export async function savePosting(ctx: ServiceCtx, postingId: string, saved: boolean): Promise<FeedState> {
  const row = await setState(ctx, postingId, "savedAt", saved ? nowOf(ctx) : null);
  await insertUserEvent(ctx.db, { userId: ctx.userId, type: "posting_save", entityId: postingId, props: { saved } });
  return stateOf(row);
}

/** Marks viewed (viewedAt = latest view) and records a posting_view event for every view. */
export async function viewPosting(ctx: ServiceCtx, postingId: string): Promise<FeedState> {
  const now = nowOf(ctx);
  const row = await setState(ctx, postingId, "viewedAt", now);
  await insertUserEvent(ctx.db, { userId: ctx.userId, type: "posting_view", entityId: postingId });
  return stateOf(row);
}
