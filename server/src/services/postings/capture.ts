import { findApplicationForPostings } from "@vanta/db/queries/applications";
import { clusterPostingIds } from "@vanta/db/queries/captures";
import type { CaptureOutput } from "@vanta/shared/api/postings";
import type { Posting } from "@vanta/shared/posting";
import { nowOf, type ServiceCtx } from "../context.ts";
import { computeAndStoreFit } from "./fit.ts";
import { storeCapturedPosting } from "./store.ts";

/** The side panel's first call: store the page's posting, score it for the user, say if it is tracked. */
export async function capturePosting(ctx: ServiceCtx, posting: Posting): Promise<CaptureOutput> {
  const { db, userId } = ctx;
  const { row, rootId } = await storeCapturedPosting(db, posting);
  const { fit } = await computeAndStoreFit(db, userId, rootId, posting, row, nowOf(ctx));
  const ids = rootId === row.id ? [row.id] : await clusterPostingIds(db, rootId);
  const app = await findApplicationForPostings(db, userId, ids);
  return {
    postingId: rootId,
    fit,
    application: app
      ? {
          id: app.id,
          stage: app.stage,
          createdAt: app.createdAt.toISOString(),
          stageChangedAt: app.stageChangedAt.toISOString(),
        }
      : null,
  };
}
