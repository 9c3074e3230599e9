import { sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { jobDeadLetters } from "../schema/observability.ts";

// Dead letters of the scheduler: deliveries that failed for good. Written by the signed
// /jobs/dead-letter endpoint only; read as a count by /health.

export type NewDeadLetter = typeof jobDeadLetters.$inferInsert;

export async function recordDeadLetter(db: Executor, values: NewDeadLetter): Promise<{ id: string }> {
  const [row] = await db.insert(jobDeadLetters).values(values).returning({ id: jobDeadLetters.id });
  if (!row) throw new Error("dead letter not recorded");
  return row;
}

/** Every dead letter on this deployment (operator-level figure, no user data). */
export async function countDeadLetters(db: Executor): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(jobDeadLetters);
  return rows[0]?.n ?? 0;
}
