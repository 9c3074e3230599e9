import { z } from "zod";
import { IsoDateTime, Uuid } from "./common.ts";

// notifications.*: in-app notifications (the daily digest first). A digest's `data` carries the
// same postings its email listed, so a client can show it without another query.

export const DigestItem = z.object({
  postingId: Uuid,
  title: z.string(),
  company: z.string(),
  /** "Berlin, DE · hybrid" */
  location: z.string(),
  score: z.number().int(),
  /** one line computed from the stored fit (rationale or top met requirement); null when it has neither */
  whyFit: z.string().nullable(),
  /** "€70,000–€85,000 / year", or "est. …" for an estimate; null when neither is known */
  salary: z.string().nullable(),
  salaryEstimated: z.boolean(),
  url: z.string(),
});
export type DigestItem = z.infer<typeof DigestItem>;

export const NotificationKind = z.enum(["digest", "task", "nudge", "system", "outreach", "sync"]);

export const Notification = z.object({
  id: Uuid,
  kind: NotificationKind,
  title: z.string(),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  channel: z.enum(["in_app", "email"]),
  read: z.boolean(),
  createdAt: IsoDateTime,
});
export type Notification = z.infer<typeof Notification>;

export const NotificationsListInput = z
  .object({
    limit: z.number().int().min(1).max(100).default(20),
    unreadOnly: z.boolean().default(false),
  })
  .prefault({});
export type NotificationsListInput = z.infer<typeof NotificationsListInput>;

export const NotificationsListOutput = z.object({ items: z.array(Notification) });
export type NotificationsListOutput = z.infer<typeof NotificationsListOutput>;

export const NotificationsMarkReadInput = z.object({ id: Uuid });

/** notifications.unreadCount: what the bell shows */
export const NotificationsUnreadCountOutput = z.object({ unread: z.number().int() });
export type NotificationsUnreadCountOutput = z.infer<typeof NotificationsUnreadCountOutput>;

/** notifications.markAllRead: how many were unread until now */
export const NotificationsMarkAllReadOutput = z.object({ marked: z.number().int() });
export type NotificationsMarkAllReadOutput = z.infer<typeof NotificationsMarkAllReadOutput>;
