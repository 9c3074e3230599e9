import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { notifications } from "../schema/documents.ts";

// In-app notifications (digests, task nudges…), always for one user.

export type NotificationRow = typeof notifications.$inferSelect;

export async function listNotifications(
  db: Executor,
  userId: string,
  opts: { limit: number; unreadOnly?: boolean },
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), opts.unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit);
}

/** Sets read_at once (a second call keeps the first time); null when the user has no such notification. */
export async function markNotificationRead(
  db: Executor,
  userId: string,
  id: string,
  at: Date,
): Promise<NotificationRow | null> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), eq(notifications.id, id), isNull(notifications.readAt)))
    .returning();
  if (row) return row;
  const rows = await db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.id, id)))
    .limit(1);
  return rows[0] ?? null;
}
