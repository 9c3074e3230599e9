import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { type SearchFilters, searchPrefs } from "../schema/searches.ts";

export type SearchRow = typeof searchPrefs.$inferSelect;

const live = (userId: string) => and(eq(searchPrefs.userId, userId), isNull(searchPrefs.deletedAt));

export async function listSearches(db: Executor, userId: string): Promise<SearchRow[]> {
  return db.select().from(searchPrefs).where(live(userId)).orderBy(asc(searchPrefs.createdAt), asc(searchPrefs.id));
}

export async function findSearch(db: Executor, userId: string, id: string): Promise<SearchRow | null> {
  const rows = await db
    .select()
    .from(searchPrefs)
    .where(and(live(userId), eq(searchPrefs.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSearch(
  db: Executor,
  values: { userId: string; name: string; filters: SearchFilters; cron: string; timezone: string; enabled: boolean },
): Promise<SearchRow> {
  const [row] = await db.insert(searchPrefs).values(values).returning();
  if (!row) throw new Error("search insert returned nothing");
  return row;
}

export async function updateSearch(
  db: Executor,
  userId: string,
  id: string,
  set: Partial<Pick<SearchRow, "name" | "filters" | "enabled" | "cron" | "timezone">>,
): Promise<SearchRow | null> {
  const [row] = await db
    .update(searchPrefs)
    .set(set)
    .where(and(live(userId), eq(searchPrefs.id, id)))
    .returning();
  return row ?? null;
}

export async function softDeleteSearch(db: Executor, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(searchPrefs)
    .set({ deletedAt: at, enabled: false })
    .where(and(live(userId), eq(searchPrefs.id, id)))
    .returning({ id: searchPrefs.id });
  return rows.length > 0;
}

/** Keeps every saved search on the user's digest schedule when the digest time or zone changes. */
export async function rescheduleSearches(db: Executor, userId: string, cron: string, timezone: string): Promise<void> {
  await db.update(searchPrefs).set({ cron, timezone }).where(live(userId));
}
