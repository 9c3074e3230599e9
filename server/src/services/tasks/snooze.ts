import { updateTask } from "@vanta/db/queries/tasks";
import type { Task } from "@vanta/shared/api/tasks";
import { nowOf, type ServiceCtx } from "../context.ts";
import { InvalidInputError, NotFoundError } from "../domain-errors.ts";
import { toTask } from "./to-task.ts";

export async function snoozeTask(ctx: ServiceCtx, id: string, until: string): Promise<Task> {
  const at = new Date(until);
  if (at.getTime() <= nowOf(ctx).getTime()) throw new InvalidInputError("snooze until a time in the future", "until");
  const row = await updateTask(ctx.db, ctx.userId, id, { snoozedUntil: at });
  if (!row) throw new NotFoundError("task");
  return toTask(row);
}
