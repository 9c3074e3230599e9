import {
  ScheduleEventInput,
  TaskCreateInput,
  TaskIdInput,
  TaskSnoozeInput,
  TasksListInput,
} from "@vanta/shared/api/tasks";
import { runCoach } from "../services/coach/run.ts";
import { completeTask } from "../services/tasks/complete.ts";
import { createTask } from "../services/tasks/create.ts";
import { listTasks } from "../services/tasks/list.ts";
import { scheduleEvent } from "../services/tasks/schedule-event.ts";
import { snoozeTask } from "../services/tasks/snooze.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const tasksRouter = router({
  list: domainProcedure.input(TasksListInput).query(({ ctx, input }) => listTasks(ctx.svc, input)),
  create: domainProcedure.input(TaskCreateInput).mutation(({ ctx, input }) => createTask(ctx.svc, input)),
  complete: domainProcedure.input(TaskIdInput).mutation(({ ctx, input }) => completeTask(ctx.svc, input.id)),
  snooze: domainProcedure
    .input(TaskSnoozeInput)
    .mutation(({ ctx, input }) => snoozeTask(ctx.svc, input.id, input.until)),
  scheduleEvent: domainProcedure.input(ScheduleEventInput).mutation(({ ctx, input }) => scheduleEvent(ctx.svc, input)),
  /** runs the coach now for the caller's local day (the daily run does it too) */
  runCoach: domainProcedure.mutation(async ({ ctx }) => {
    const r = await runCoach(
      { db: ctx.svc.db, models: ctx.services.model, log: ctx.svc.log, now: ctx.svc.now },
      ctx.svc.userId,
    );
    return { localDay: r.localDay, created: r.created, existing: r.existing };
  }),
});
