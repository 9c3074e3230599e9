import { insertUserEvent } from "@vanta/db/queries/events";
import { getTask, updateTask } from "@vanta/db/queries/tasks";
import type { Task } from "@vanta/shared/api/tasks";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { toTask } from "./to-task.ts";

/** Marks a task done and records `task_completed` once (completing it again changes nothing). */
export async function completeTask(ctx: ServiceCtx, id: string): Promise<Task> {
  const task = await getTask(ctx.db, ctx.userId, id);
  if (!task) throw new NotFoundError("task");
  if (task.status === "done") return toTask(task);
  const now = nowOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const row = await updateTask(tx, ctx.userId, id, { status: "done", completedAt: now });
    if (!row) throw new NotFoundError("task");
    await insertUserEvent(tx, {
      userId: ctx.userId,
      type: "task_completed",
      entityId: id,
      props: { source: row.source, applicationId: row.applicationId },
      occurredAt: now,
    });
    return toTask(row);
  });
}
