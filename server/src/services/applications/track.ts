import { findTrackedApplication, insertApplicationIfAbsent, insertEvent } from "@vanta/db/queries/applications";
import { insertAudit } from "@vanta/db/queries/audit";
import { insertUserEvent } from "@vanta/db/queries/events";
import { findProfile } from "@vanta/db/queries/profiles";
import type { TrackInput, TrackOutput } from "@vanta/shared/api/applications";
import { nowOf, type ServiceCtx } from "../context.ts";
import { storeCapturedPosting } from "../postings/store.ts";
import { cardSnapshot, toCard } from "./card.ts";

/**
 * One-click track: upsert the posting, then create the application unless this user already
 * tracks it (same clientRequestId or same posting). The insert yields to the unique indexes
 * (ON CONFLICT DO NOTHING), so replays and concurrent calls return the one existing card.
 */
export async function trackApplication(ctx: ServiceCtx, input: TrackInput): Promise<TrackOutput> {
  const { db, userId } = ctx;
  const { rootId } = await storeCapturedPosting(db, input.posting);
  const stage = input.stage ?? (await findProfile(db, userId))?.preferences.trackStage ?? "prospect";
  const now = nowOf(ctx);

  const created = await db.transaction(async (tx) => {
    const row = await insertApplicationIfAbsent(tx, {
      userId,
      postingId: rootId,
      company: input.posting.company,
      role: input.posting.title,
      url: input.posting.url,
      stage,
      clientRequestId: input.clientRequestId,
      appliedAt: stage === "applied" ? now : null,
    });
    if (!row) return null;
    await insertEvent(tx, {
      userId,
      applicationId: row.id,
      type: "created",
      toStage: row.stage,
      detail: { source: input.posting.source, url: input.posting.url },
    });
    await insertAudit(tx, {
      userId,
      action: "application.create",
      entityType: "application",
      entityId: row.id,
      before: null,
      after: { ...cardSnapshot(row), postingId: rootId, company: row.company, role: row.role },
      requestId: ctx.requestId,
    });
    await insertUserEvent(tx, { userId, type: "posting_track", entityId: rootId, props: { applicationId: row.id } });
    return row;
  });
  if (created) return { application: toCard(created), created: true };

  const existing = await findTrackedApplication(db, userId, {
    clientRequestId: input.clientRequestId,
    postingId: rootId,
  });
  // Unreachable unless the conflicting row vanished between the two statements.
  if (!existing) throw new Error("application conflict without an existing row");
  return { application: toCard(existing), created: false };
}
