import { and, desc, eq, isNull, ne } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { resumeVersions } from "../schema/documents.ts";

// Base resume versions (uploaded or imported, reviewed by their owner). Exactly one live base version
// per user is current: the default that matching, export and autofill read.

export type ResumeVersionRow = typeof resumeVersions.$inferSelect;
export type ResumeVersionInsert = Omit<typeof resumeVersions.$inferInsert, "id" | "kind" | "createdAt" | "updatedAt">;

const live = (userId: string) =>
  and(eq(resumeVersions.userId, userId), eq(resumeVersions.kind, "base"), isNull(resumeVersions.deletedAt));

export async function insertResumeVersion(db: Executor, values: ResumeVersionInsert): Promise<ResumeVersionRow> {
  const [row] = await db
    .insert(resumeVersions)
    .values({ ...values, kind: "base" })
    .returning();
  if (!row) throw new Error("resume version insert returned nothing");
  return row;
}

/** Newest first. */
export async function listResumeVersions(db: Executor, userId: string): Promise<ResumeVersionRow[]> {
  return db.select().from(resumeVersions).where(live(userId)).orderBy(desc(resumeVersions.createdAt));
}

export async function findResumeVersion(db: Executor, userId: string, id: string): Promise<ResumeVersionRow | null> {
  const rows = await db
    .select()
    .from(resumeVersions)
    .where(and(live(userId), eq(resumeVersions.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findDefaultResumeVersion(db: Executor, userId: string): Promise<ResumeVersionRow | null> {
  const rows = await db
    .select()
    .from(resumeVersions)
    .where(and(live(userId), eq(resumeVersions.isCurrent, true)))
    .orderBy(desc(resumeVersions.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

/** Makes `id` the only current base version of its owner; null when the owner has no such live version. */
export async function setDefaultResumeVersion(
  db: Executor,
  userId: string,
  id: string,
): Promise<ResumeVersionRow | null> {
  const [row] = await db
    .update(resumeVersions)
    .set({ isCurrent: true })
    .where(and(live(userId), eq(resumeVersions.id, id)))
    .returning();
  if (!row) return null;
  await db
    .update(resumeVersions)
    .set({ isCurrent: false })
    .where(
      and(
        eq(resumeVersions.userId, userId),
        eq(resumeVersions.kind, "base"),
        eq(resumeVersions.isCurrent, true),
        ne(resumeVersions.id, id),
      ),
    );
  return row;
}

export async function softDeleteResumeVersion(
  db: Executor,
  userId: string,
  id: string,
  now: Date,
): Promise<ResumeVersionRow | null> {
  const [row] = await db
    .update(resumeVersions)
    .set({ deletedAt: now, isCurrent: false })
    .where(and(live(userId), eq(resumeVersions.id, id)))
    .returning();
  return row ?? null;
}

/** Whether any live version of the user still points at this stored original. */
export async function isStorageKeyInUse(db: Executor, userId: string, storageKey: string): Promise<boolean> {
  const rows = await db
    .select({ id: resumeVersions.id })
    .from(resumeVersions)
    .where(
      and(
        eq(resumeVersions.userId, userId),
        isNull(resumeVersions.deletedAt),
        eq(resumeVersions.storageKey, storageKey),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
