import { ensureProfile } from "@vanta/db/queries/profiles";
import { countOpenTasksDue, listOpenTasks } from "@vanta/db/queries/tasks";
import type { TasksListInput, TasksListOutput } from "@vanta/shared/api/tasks";
import { instantOfLocalDay, localDay } from "../coach/local-day.ts";
import { nowOf, type ServiceCtx } from "../context.ts";
import { toTask } from "./to-task.ts";

/** The inbox: open tasks (snoozed ones hidden until their time), and how many are due by the end of today. */
export async function listTasks(ctx: ServiceCtx, input: TasksListInput): Promise<TasksListOutput> {
  const now = nowOf(ctx);
  const profile = await ensureProfile(ctx.db, ctx.userId);
  const endOfDay = instantOfLocalDay(profile.timezone, localDay(profile.timezone, now), 23);
  const [rows, dueCount] = await Promise.all([
    listOpenTasks(ctx.db, ctx.userId, { now, includeSnoozed: input.includeSnoozed, limit: input.limit }),
    countOpenTasksDue(ctx.db, ctx.userId, now, endOfDay),
  ]);
  return { items: rows.map(toTask), dueCount };
}
