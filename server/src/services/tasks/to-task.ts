import type { TaskRow } from "@vanta/db/queries/tasks";
import type { Task } from "@vanta/shared/api/tasks";

export const toTask = (r: TaskRow): Task => ({
  id: r.id,
  applicationId: r.applicationId,
  title: r.title,
  detail: r.detail,
  status: r.status,
  priority: r.priority,
  source: r.source,
  dueAt: r.dueAt?.toISOString() ?? null,
  snoozedUntil: r.snoozedUntil?.toISOString() ?? null,
  completedAt: r.completedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});
