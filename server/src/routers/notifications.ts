import { NotificationsListInput, NotificationsMarkReadInput } from "@vanta/shared/api/notifications";
import {
  listUserNotifications,
  markAllUserNotificationsRead,
  markUserNotificationRead,
  unreadNotificationCount,
} from "../services/notifications/list.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const notificationsRouter = router({
  list: domainProcedure.input(NotificationsListInput).query(({ ctx, input }) => listUserNotifications(ctx.svc, input)),
  markRead: domainProcedure
    .input(NotificationsMarkReadInput)
    .mutation(({ ctx, input }) => markUserNotificationRead(ctx.svc, input.id)),
  unreadCount: domainProcedure.query(({ ctx }) => unreadNotificationCount(ctx.svc)),
  markAllRead: domainProcedure.mutation(({ ctx }) => markAllUserNotificationsRead(ctx.svc)),
});
