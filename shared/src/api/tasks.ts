import { z } from "zod";
import { IsoDateTime, Uuid } from "./common.ts";

// tasks.*: the task inbox (the coach's tasks and the user's own).

export const Task = z.object({
  id: Uuid,
  applicationId: Uuid.nullable(),
  title: z.string(),
  detail: z.string().nullable(),
  status: z.enum(["open", "done", "dismissed"]),
  priority: z.number().int(),
  source: z.enum(["user", "coach"]),
  dueAt: IsoDateTime.nullable(),
  snoozedUntil: IsoDateTime.nullable(),
  completedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type Task = z.infer<typeof Task>;

export const TasksListInput = z
  .object({
    /** also list snoozed tasks (the inbox hides them until their time) */
    includeSnoozed: z.boolean().default(false),
    limit: z.number().int().min(1).max(200).default(100),
  })
  .prefault({});
export type TasksListInput = z.infer<typeof TasksListInput>;

/** `dueCount`: open tasks due by the end of the user's day (the popup tab's badge). */
export const TasksListOutput = z.object({ items: z.array(Task), dueCount: z.number().int() });
export type TasksListOutput = z.infer<typeof TasksListOutput>;

export const TaskIdInput = z.object({ id: Uuid });

export const TaskSnoozeInput = z.object({
  id: Uuid,
  /** ISO time in the future; the task stays out of the inbox until then */
  until: z.iso.datetime({ offset: true }),
});

export const TaskCreateInput = z.object({
  title: z.string().trim().min(1).max(300),
  detail: z.string().trim().max(2_000).optional(),
  applicationId: Uuid.optional(),
  dueAt: z.iso.datetime({ offset: true }).optional(),
  priority: z.number().int().min(1).max(3).default(2),
});
export type TaskCreateInput = z.infer<typeof TaskCreateInput>;

export const ScheduleEventInput = z.object({
  applicationId: Uuid,
  kind: z.enum(["screen", "interview"]),
  /** when the screen/interview happens (the coach schedules its prep task before it) */
  at: z.iso.datetime({ offset: true }),
  note: z.string().trim().max(500).optional(),
});
export type ScheduleEventInput = z.infer<typeof ScheduleEventInput>;

export const CoachRunOutput = z.object({
  localDay: z.string(),
  created: z.array(
    z.object({
      id: Uuid,
      title: z.string(),
      detail: z.string().nullable(),
      dueAt: IsoDateTime,
      applicationId: Uuid.nullable(),
    }),
  ),
  existing: z.number().int(),
});
