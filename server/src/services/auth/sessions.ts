import type { Executor } from "@vanta/db/client";
import { findLiveSession, insertSession, revokeSession, type SessionKind, touchSession } from "@vanta/db/queries/auth";
import { touchLastLogin } from "@vanta/db/queries/users";
import { OpaqueToken } from "@vanta/shared/auth";
import { newOpaqueToken, sha256Hex } from "./tokens.ts";

export const SESSION_TTL_MS: Record<SessionKind, number> = {
  extension: 180 * 24 * 3600_000,
  web: 30 * 24 * 3600_000,
  cli: 30 * 24 * 3600_000,
};
// Writing last_used_at on every request would turn each read into a write; once an hour is enough.
const TOUCH_EVERY_MS = 3600_000;

export interface IssuedSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

/** Mints a bearer token; the caller hands `token` to the client once, only its hash is stored. */
export async function issueSession(
  db: Executor,
  args: { userId: string; kind: SessionKind; now: Date; userAgent?: string | null },
): Promise<IssuedSession> {
  const token = newOpaqueToken();
  const row = await insertSession(db, {
    userId: args.userId,
    tokenHash: await sha256Hex(token),
    kind: args.kind,
    expiresAt: new Date(args.now.getTime() + SESSION_TTL_MS[args.kind]),
    userAgent: args.userAgent?.slice(0, 300) ?? null,
  });
  return { token, sessionId: row.id, expiresAt: row.expiresAt };
}

/** The last step of every extension sign-in (magic link or pairing): stamp the login, mint the token. */
export async function signInExtension(
  db: Executor,
  user: { id: string; email: string },
  now: Date,
  userAgent: string | null | undefined,
): Promise<IssuedSession & { user: { id: string; email: string } }> {
  await touchLastLogin(db, user.id, now);
  const session = await issueSession(db, { userId: user.id, kind: "extension", now, userAgent });
  return { ...session, user: { id: user.id, email: user.email } };
}

/** "Bearer <token>" → the signed-in user, or null for a missing, malformed, unknown, expired or revoked token. */
export async function resolveBearer(db: Executor, authorization: string | null | undefined, now: Date) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1] || !OpaqueToken.safeParse(match[1]).success) return null;
  const session = await findLiveSession(db, await sha256Hex(match[1]), now);
  if (!session) return null;
  if (!session.lastUsedAt || now.getTime() - session.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await touchSession(db, session.sessionId, now);
  }
  return { sessionId: session.sessionId, user: { id: session.userId, email: session.email } };
}

export async function endSession(db: Executor, userId: string, sessionId: string, now: Date): Promise<boolean> {
  return revokeSession(db, userId, sessionId, now);
}
