import { type DigestAction, signDigestToken, TOKEN_TTL_MS } from "./token.ts";

// The digest's one-click links; each carries a signed token bound to user, action and posting.

export const DIGEST_PATHS: Record<DigestAction, string> = {
  track: "/digest/track",
  unsubscribe: "/digest/unsubscribe",
  snooze: "/digest/snooze",
};

export const DEFAULT_SNOOZE_DAYS = 7;

export async function digestLink(
  opts: { publicUrl: string; secret: string; now: Date },
  userId: string,
  action: DigestAction,
  postingId: string | null = null,
): Promise<string> {
  const t = await signDigestToken(opts.secret, {
    userId,
    action,
    postingId,
    expiresAt: Math.floor((opts.now.getTime() + TOKEN_TTL_MS) / 1000),
  });
  const extra = action === "snooze" ? `&days=${DEFAULT_SNOOZE_DAYS}` : "";
  return `${opts.publicUrl}${DIGEST_PATHS[action]}?t=${encodeURIComponent(t)}${extra}`;
}
