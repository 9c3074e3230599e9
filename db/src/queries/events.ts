import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { userEvents } from "../schema/observability.ts";

export type UserEventType = (typeof userEvents.$inferInsert)["type"];

/** Product analytics events (posting_view, posting_hide, …), always for one user. */
export async function insertUserEvent(
  db: Executor,
  values: {
    userId: string;
    type: UserEventType;
    entityId?: string | null;
    props?: Record<string, unknown>;
    occurredAt?: Date;
  },
): Promise<{ id: string }> {
  const [row] = await db.insert(userEvents).values(values).returning({ id: userEvents.id });
  if (!row) throw new Error("user event insert returned nothing");
  return row;
}

/** When the user's latest event of this type happened (indexed on user, type, time). */
export async function lastEventAt(db: Executor, userId: string, type: UserEventType): Promise<Date | null> {
  const rows = await db
    .select({ at: userEvents.occurredAt })
    .from(userEvents)
    .where(and(eq(userEvents.userId, userId), eq(userEvents.type, type)))
    .orderBy(desc(userEvents.occurredAt))
    .limit(1);
  return rows[0]?.at ?? null;
}
