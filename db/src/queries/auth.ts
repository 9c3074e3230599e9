import { and, desc, eq, gt, isNull, lt, ne } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { sessions, users, verificationTokens } from "../schema/users.ts";

export type SessionKind = (typeof sessions.$inferInsert)["kind"];
export type VerificationKind = (typeof verificationTokens.$inferInsert)["kind"];

export async function insertSession(
  db: Executor,
  values: { userId: string; tokenHash: string; kind: SessionKind; expiresAt: Date; userAgent?: string | null },
): Promise<{ id: string; expiresAt: Date }> {
  const [row] = await db.insert(sessions).values(values).returning({ id: sessions.id, expiresAt: sessions.expiresAt });
  if (!row) throw new Error("session insert returned nothing");
  return row;
}

/** The live session for a token hash (not revoked, not expired, user active), with its user. */
export async function findLiveSession(db: Executor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      lastUsedAt: sessions.lastUsedAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, tokenHash),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        isNull(users.deletedAt),
        eq(users.status, "active"),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function touchSession(db: Executor, sessionId: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastUsedAt: at }).where(eq(sessions.id, sessionId));
}

/** Revokes one session of one user; returns whether a live session was revoked. */
export async function revokeSession(db: Executor, userId: string, sessionId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** The user's live sessions (not revoked, not expired), most recently used first; never the token hash. */
export async function listLiveSessions(db: Executor, userId: string, now: Date) {
  return db
    .select({
      id: sessions.id,
      kind: sessions.kind,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastUsedAt: sessions.lastUsedAt,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastUsedAt), desc(sessions.createdAt))
    .limit(200);
}

/** Revokes every live session of one user, but `exceptId` when given; returns how many. */
export async function revokeUserSessions(
  db: Executor,
  userId: string,
  at: Date,
  exceptId: string | null,
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: at })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, at),
        ...(exceptId ? [ne(sessions.id, exceptId)] : []),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export async function insertVerificationToken(
  db: Executor,
  values: {
    kind: VerificationKind;
    tokenHash: string;
    email?: string | null;
    userId?: string | null;
    expiresAt: Date;
    meta?: Record<string, unknown>;
  },
): Promise<{ id: string; expiresAt: Date }> {
  const [row] = await db
    .insert(verificationTokens)
    .values(values)
    .returning({ id: verificationTokens.id, expiresAt: verificationTokens.expiresAt });
  if (!row) throw new Error("verification token insert returned nothing");
  return row;
}

/**
 * Marks a one-time token used and returns it, in one UPDATE so two concurrent redemptions
 * cannot both succeed. Null when unknown, already used or expired.
 */
export async function consumeVerificationToken(db: Executor, kind: VerificationKind, tokenHash: string, now: Date) {
  const [row] = await db
    .update(verificationTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(verificationTokens.kind, kind),
        eq(verificationTokens.tokenHash, tokenHash),
        isNull(verificationTokens.usedAt),
        gt(verificationTokens.expiresAt, now),
      ),
    )
    .returning({
      id: verificationTokens.id,
      email: verificationTokens.email,
      userId: verificationTokens.userId,
    });
  return row ?? null;
}

/** Housekeeping: drops one-time tokens that expired before `before` (used or not). */
export async function deleteExpiredVerificationTokens(db: Executor, before: Date): Promise<number> {
  const rows = await db
    .delete(verificationTokens)
    .where(lt(verificationTokens.expiresAt, before))
    .returning({ id: verificationTokens.id });
  return rows.length;
}
