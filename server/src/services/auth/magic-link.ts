import type { Executor } from "@vanta/db/client";
import { consumeVerificationToken, insertVerificationToken } from "@vanta/db/queries/auth";
import { ensureUserByEmail, normalizeEmail } from "@vanta/db/queries/users";
import type { EmailPort } from "../../ports/email/types.ts";
import { renderMagicLinkEmail } from "./magic-link-email.ts";
import { type IssuedSession, signInExtension } from "./sessions.ts";
import { newOpaqueToken, sha256Hex } from "./tokens.ts";

export const MAGIC_LINK_TTL_MS = 15 * 60_000;

export interface MagicLinkDeps {
  db: Executor;
  email: EmailPort;
  publicUrl: string;
  now: Date;
}

/**
 * Stores the hash of a fresh 32-byte secret for this email and mails the link. The account itself is
 * created only when the link is used, so typing someone else's address creates nothing.
 */
export async function requestMagicLink(deps: MagicLinkDeps, input: { email: string }): Promise<{ expiresAt: Date }> {
  const email = normalizeEmail(input.email);
  const token = newOpaqueToken();
  const row = await insertVerificationToken(deps.db, {
    kind: "magic_link",
    tokenHash: await sha256Hex(token),
    email,
    expiresAt: new Date(deps.now.getTime() + MAGIC_LINK_TTL_MS),
  });
  const link = `${deps.publicUrl}/auth/magic?token=${encodeURIComponent(token)}`;
  await deps.email.send({ to: email, ...(await renderMagicLinkEmail({ link, minutes: MAGIC_LINK_TTL_MS / 60_000 })) });
  return { expiresAt: row.expiresAt };
}

/** Single use: the token is consumed in one UPDATE; unknown, used or expired → null. */
export async function verifyMagicLink(
  deps: Pick<MagicLinkDeps, "db" | "now">,
  input: { token: string; userAgent?: string | null },
): Promise<(IssuedSession & { user: { id: string; email: string } }) | null> {
  const consumed = await consumeVerificationToken(deps.db, "magic_link", await sha256Hex(input.token), deps.now);
  if (!consumed?.email) return null;
  const { user } = await ensureUserByEmail(deps.db, consumed.email);
  if (user.status !== "active") return null;
  return signInExtension(deps.db, user, deps.now, input.userAgent);
}
