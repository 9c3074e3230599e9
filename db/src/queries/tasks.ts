import { and, asc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { tasks } from "../schema/documents.ts";

// The task inbox: the user's own tasks and the coach's, always for one user.

export type TaskRow = typeof tasks.$inferSelect;

export interface NewCoachTask {
  applicationId: string;
  dedupeKey: string;
  title: string;
  detail: string | null;
  priority: number;
  dueAt: Date;
  tags: string[];
}

/** Inserts the coach's tasks; a key the user already has is left alone (and not returned). */
export async function insertCoachTasks(db: Executor, userId: string, rows: NewCoachTask[]): Promise<TaskRow[]> {
  if (rows.length === 0) return [];
  return db
    .insert(tasks)
    .values(rows.map((r) => ({ ...r, userId, source: "coach" as const })))
    .onConflictDoNothing({ target: [tasks.userId, tasks.dedupeKey] })
    .returning();
}

export async function taskKeysExisting(db: Executor, userId: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: tasks.dedupeKey })
    .from(tasks)
    .where(and(eq(tasks.userId, userId), inArray(tasks.dedupeKey, keys)));
  return new Set(rows.map((r) => r.key).filter((k): k is string => k !== null));
}

/** Open tasks, snoozed ones hidden until their time; due first, then priority. */
export async function listOpenTasks(
  db: Executor,
  userId: string,
  opts: { now: Date; includeSnoozed?: boolean; dueBy?: Date; limit: number },
): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(
      and(
        eq(tasks.userId, userId),
        eq(tasks.status, "open"),
        isNull(tasks.deletedAt),
        opts.includeSnoozed ? undefined : or(isNull(tasks.snoozedUntil), lte(tasks.snoozedUntil, opts.now)),
        opts.dueBy ? lte(tasks.dueAt, opts.dueBy) : undefined,
      ),
    )
    .orderBy(sql`${tasks.dueAt} asc nulls last`, asc(tasks.priority), asc(tasks.createdAt))
    .limit(opts.limit);
}

export async function countOpenTasksDue(db: Executor, userId: string, now: Date, dueBy: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tasks)
    .where(
      and(
        eq(tasks.userId, userId),
        eq(tasks.status, "open"),
        isNull(tasks.deletedAt),
        or(isNull(tasks.snoozedUntil), lte(tasks.snoozedUntil, now)),
        lte(tasks.dueAt, dueBy),
      ),
    );
  return row?.n ?? 0;
}

export async function updateTask(
  db: Executor,
  userId: string,
  id: string,
  set: Partial<Pick<TaskRow, "status" | "completedAt" | "snoozedUntil" | "priority" | "dueAt">>,
): Promise<TaskRow | null> {
  const [row] = await db
    .update(tasks)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(tasks.userId, userId), eq(tasks.id, id), isNull(tasks.deletedAt)))
    .returning();
  return row ?? null;
}

export async function getTask(db: Executor, userId: string, id: string): Promise<TaskRow | null> {
  const rows = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.userId, userId), eq(tasks.id, id), isNull(tasks.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertUserTask(
  db: Executor,
  userId: string,
  values: { title: string; detail: string | null; applicationId: string | null; dueAt: Date | null; priority: number },
): Promise<TaskRow> {
  const [row] = await db
    .insert(tasks)
    .values({ ...values, userId, source: "user" })
    .returning();
  if (!row) throw new Error("task insert returned nothing");
  return row;
}
