import { findApplicationByUrl, findApplicationForPostings } from "@vanta/db/queries/applications";
import { postingRootsForUrl } from "@vanta/db/queries/captures";
import type { ApplicationStatus } from "@vanta/shared/api/applications";
import { canonicalUrl } from "@vanta/shared/normalize/url";
import type { ServiceCtx } from "../context.ts";

/** "Tracked · Applied · 3 days ago" for the page the user is on, matched by canonical URL. */
export async function statusForUrl(ctx: ServiceCtx, url: string): Promise<ApplicationStatus | null> {
  const canonical = canonicalUrl(url) ?? url;
  const roots = await postingRootsForUrl(ctx.db, canonical);
  const app =
    (await findApplicationForPostings(ctx.db, ctx.userId, roots)) ??
    (await findApplicationByUrl(ctx.db, ctx.userId, canonical)) ??
    (canonical !== url ? await findApplicationByUrl(ctx.db, ctx.userId, url) : null);
  if (!app) return null;
  return {
    applicationId: app.id,
    stage: app.stage,
    outcome: app.outcome,
    stageChangedAt: app.stageChangedAt.toISOString(),
    createdAt: app.createdAt.toISOString(),
  };
}
