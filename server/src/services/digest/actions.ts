import { findPostingById } from "@vanta/db/queries/captures";
import { mergeDigestPreferences } from "@vanta/db/queries/digest";
import { ensureProfile } from "@vanta/db/queries/profiles";
import { findUserById } from "@vanta/db/queries/users";
import { trackApplication } from "../applications/track.ts";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { rowToPosting } from "../postings/to-row.ts";
import { trackRequestId } from "./token.ts";

// What the digest's links do, for the user a verified token names. Track reuses the one-click track
// service with a clientRequestId derived from (user, posting), so clicking twice tracks once.

export const MAX_SNOOZE_DAYS = 30;

export async function trackFromDigest(
  ctx: ServiceCtx,
  secret: string,
  postingId: string,
): Promise<{ created: boolean; title: string; company: string }> {
  if (!(await findUserById(ctx.db, ctx.userId))) throw new NotFoundError("user");
  const row = await findPostingById(ctx.db, postingId);
  if (!row) throw new NotFoundError("posting");
  const clientRequestId = await trackRequestId(secret, ctx.userId, postingId);
  const { application, created } = await trackApplication(ctx, { posting: rowToPosting(row), clientRequestId });
  return { created, title: application.role, company: application.company };
}

/** What the track confirm page names, without tracking anything (a GET must not change state). */
export async function digestPostingLabel(
  ctx: Pick<ServiceCtx, "db" | "userId">,
  postingId: string,
): Promise<{ title: string; company: string }> {
  if (!(await findUserById(ctx.db, ctx.userId))) throw new NotFoundError("user");
  const row = await findPostingById(ctx.db, postingId);
  if (!row) throw new NotFoundError("posting");
  const posting = rowToPosting(row);
  return { title: posting.title, company: posting.company };
}

/** Digest emails off; the in-app digest continues. */
export async function unsubscribeDigestEmail(ctx: Pick<ServiceCtx, "db" | "userId">): Promise<void> {
  if (!(await findUserById(ctx.db, ctx.userId))) throw new NotFoundError("user");
  await ensureProfile(ctx.db, ctx.userId);
  await mergeDigestPreferences(ctx.db, ctx.userId, { digestEmail: false });
}

/** No digest until now + days; returns that time. */
export async function snoozeDigest(ctx: Pick<ServiceCtx, "db" | "userId">, days: number, now: Date): Promise<Date> {
  if (!(await findUserById(ctx.db, ctx.userId))) throw new NotFoundError("user");
  await ensureProfile(ctx.db, ctx.userId);
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  await mergeDigestPreferences(ctx.db, ctx.userId, { digestSnoozedUntil: until.toISOString() });
  return until;
}
