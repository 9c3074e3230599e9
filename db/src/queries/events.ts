import type { Executor } from "../client.ts";
import { userEvents } from "../schema/observability.ts";

export type UserEventType = (typeof userEvents.$inferInsert)["type"];

/** Product analytics events (posting_view, posting_hide, …), always for one user. */
export async function insertUserEvent(
  db: Executor,
  values: { userId: string; type: UserEventType; entityId?: string | null; props?: Record<string, unknown> },
): Promise<{ id: string }> {
  const [row] = await db.insert(userEvents).values(values).returning({ id: userEvents.id });
  if (!row) throw new Error("user event insert returned nothing");
  return row;
}
