import type { Executor } from "@vanta/db/client";
import { listLiveSessions } from "@vanta/db/queries/auth";
import type { SessionView } from "@vanta/shared/auth";

/** The caller's live sessions for the Privacy section, the one in use marked `current`. */
export async function listSessions(
  db: Executor,
  userId: string,
  currentSessionId: string | null,
  now: Date,
): Promise<SessionView[]> {
  const rows = await listLiveSessions(db, userId, now);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    userAgent: r.userAgent,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    expiresAt: r.expiresAt.toISOString(),
    current: r.id === currentSessionId,
  }));
}
