import { and, count, desc, eq, isNull } from "drizzle-orm";
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

/** Unread in-app notifications of one user (the bell's number). */
export async function countUnreadNotifications(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Sets read_at on every unread notification of the user; returns how many it marked. */
export async function markAllNotificationsRead(db: Executor, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
