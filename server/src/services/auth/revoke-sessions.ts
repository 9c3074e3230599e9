import type { Executor } from "@vanta/db/client";
import { revokeSession, revokeUserSessions } from "@vanta/db/queries/auth";
import { NotFoundError } from "../domain-errors.ts";

/** Ends one of the caller's sessions; an unknown, revoked or other user's id is NOT_FOUND (nothing to tell apart). */
export async function revokeOneSession(db: Executor, userId: string, sessionId: string, now: Date): Promise<void> {
  if (!(await revokeSession(db, userId, sessionId, now))) throw new NotFoundError("session");
}

/** Ends every session of the caller, or every other one ("sign out everywhere else"); returns how many. */
export function revokeAllSessions(
  db: Executor,
  userId: string,
  opts: { exceptSessionId: string | null; now: Date },
): Promise<number> {
  return revokeUserSessions(db, userId, opts.now, opts.exceptSessionId);
}
