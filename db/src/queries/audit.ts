import { and, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { auditLogs } from "../schema/observability.ts";

export type AuditRow = typeof auditLogs.$inferSelect;

export async function insertAudit(
  db: Executor,
  values: {
    userId: string;
    action: string;
    entityType: string;
    entityId: string | null;
    before?: unknown;
    after?: unknown;
    requestId: string | null;
  },
): Promise<AuditRow> {
  // clock_timestamp(): entries written by overlapping transactions keep their real order.
  const [row] = await db
    .insert(auditLogs)
    .values({ ...values, createdAt: sql`clock_timestamp()` })
    .returning();
  if (!row) throw new Error("audit insert returned nothing");
  return row;
}

/** The user's own audit entries, newest first, optionally for one entity. */
export async function listAudit(
  db: Executor,
  userId: string,
  opts: { entityId?: string; limit: number },
): Promise<AuditRow[]> {
  const where = opts.entityId
    ? and(eq(auditLogs.userId, userId), eq(auditLogs.entityId, opts.entityId))
    : eq(auditLogs.userId, userId);
  return db
    .select()
    .from(auditLogs)
    .where(where)
    .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
    .limit(opts.limit);
}
