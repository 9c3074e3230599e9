import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRow,
} from "@vanta/db/queries/notifications";
import type { Notification, NotificationsListInput, NotificationsListOutput } from "@vanta/shared/api/notifications";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";

// The caller's in-app notifications (digests first of all), newest first.

const toNotification = (r: NotificationRow): Notification => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  data: r.data,
  channel: r.channel,
  read: r.readAt !== null,
  createdAt: r.createdAt.toISOString(),
});

export async function listUserNotifications(
  ctx: ServiceCtx,
  input: NotificationsListInput,
): Promise<NotificationsListOutput> {
  const rows = await listNotifications(ctx.db, ctx.userId, { limit: input.limit, unreadOnly: input.unreadOnly });
  return { items: rows.map(toNotification) };
}

export async function markUserNotificationRead(ctx: ServiceCtx, id: string): Promise<Notification> {
  const row = await markNotificationRead(ctx.db, ctx.userId, id, nowOf(ctx));
  if (!row) throw new NotFoundError("notification");
  return toNotification(row);
}

export async function unreadNotificationCount(ctx: ServiceCtx): Promise<{ unread: number }> {
  return { unread: await countUnreadNotifications(ctx.db, ctx.userId) };
}

export async function markAllUserNotificationsRead(ctx: ServiceCtx): Promise<{ marked: number }> {
  return { marked: await markAllNotificationsRead(ctx.db, ctx.userId, nowOf(ctx)) };
}
