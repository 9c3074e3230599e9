import { asc, eq, gt } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { userKeys } from "../schema/users.ts";

export type UserKeyRow = typeof userKeys.$inferSelect;

export async function findUserKey(db: Executor, userId: string): Promise<UserKeyRow | null> {
  const rows = await db.select().from(userKeys).where(eq(userKeys.userId, userId)).limit(1);
  return rows[0] ?? null;
}

/** Stores a wrapped data key unless the user has one (two first writes race safely: the first wins). */
export async function insertUserKeyIfAbsent(db: Executor, userId: string, wrappedKey: string): Promise<UserKeyRow> {
  await db.insert(userKeys).values({ userId, wrappedKey }).onConflictDoNothing();
  const row = await findUserKey(db, userId);
  if (!row) throw new Error("user key insert did not persist");
  return row;
}

/** A page of keys in user order, for rotation. */
export async function listUserKeys(db: Executor, after: string | null, limit: number): Promise<UserKeyRow[]> {
  return db
    .select()
    .from(userKeys)
    .where(after ? gt(userKeys.userId, after) : undefined)
    .orderBy(asc(userKeys.userId))
    .limit(limit);
}

export async function updateWrappedKey(db: Executor, userId: string, wrappedKey: string): Promise<void> {
  await db.update(userKeys).set({ wrappedKey, updatedAt: new Date() }).where(eq(userKeys.userId, userId));
}
