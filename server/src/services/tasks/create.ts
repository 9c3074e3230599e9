import { findApplication } from "@vanta/db/queries/applications";
import { insertUserTask } from "@vanta/db/queries/tasks";
import type { Task, TaskCreateInput } from "@vanta/shared/api/tasks";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { toTask } from "./to-task.ts";

export async function createTask(ctx: ServiceCtx, input: TaskCreateInput): Promise<Task> {
  if (input.applicationId && !(await findApplication(ctx.db, ctx.userId, input.applicationId)))
    throw new NotFoundError("application");
  const row = await insertUserTask(ctx.db, ctx.userId, {
    title: input.title,
    detail: input.detail ?? null,
    applicationId: input.applicationId ?? null,
    dueAt: input.dueAt ? new Date(input.dueAt) : null,
    priority: input.priority,
  });
  return toTask(row);
}
