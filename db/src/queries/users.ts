import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { users } from "../schema/users.ts";

export type UserRow = typeof users.$inferSelect;

/** Emails are compared case-insensitively (unique index on lower(email)); we also store them lowercased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
    .limit(1);
  return row ?? null;
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${normalizeEmail(email)}`, isNull(users.deletedAt)))
    .limit(1);
  return row ?? null;
}

/**
 * Returns the user with this email, creating it when missing. Safe under concurrency:
 * the insert yields to the unique index and the row is read back.
 */
export async function ensureUserByEmail(db: Executor, email: string): Promise<{ user: UserRow; created: boolean }> {
  const normalized = normalizeEmail(email);
  const inserted = await db.insert(users).values({ email: normalized }).onConflictDoNothing().returning();
  if (inserted[0]) return { user: inserted[0], created: true };
  const existing = await findUserByEmail(db, normalized);
  // A soft-deleted account keeps its email reserved: refuse rather than resurrect it silently.
  if (!existing) throw new Error(`user ${normalized} exists but is deleted`);
  return { user: existing, created: false };
}

export async function touchLastLogin(db: Executor, userId: string, at: Date): Promise<void> {
  await db.update(users).set({ lastLoginAt: at }).where(eq(users.id, userId));
}
