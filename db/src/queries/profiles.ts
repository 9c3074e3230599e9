import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { resumeVersions } from "../schema/documents.ts";
import { profiles } from "../schema/profiles.ts";

export type ProfileRow = typeof profiles.$inferSelect;
export type ProfileSet = Partial<Omit<typeof profiles.$inferInsert, "id" | "userId" | "createdAt" | "updatedAt">>;
export type ResumeVersionRow = typeof resumeVersions.$inferSelect;

/** The user's profile, created empty on first access (ON CONFLICT keeps concurrent first reads safe). */
export async function ensureProfile(db: Executor, userId: string): Promise<ProfileRow> {
  const existing = await findProfile(db, userId);
  if (existing) return existing;
  await db.insert(profiles).values({ userId }).onConflictDoNothing();
  const row = await findProfile(db, userId);
  if (!row) throw new Error("profile insert did not persist");
  return row;
}

export async function findProfile(db: Executor, userId: string): Promise<ProfileRow | null> {
  const rows = await db.select().from(profiles).where(eq(profiles.userId, userId)).limit(1);
  return rows[0] ?? null;
}

export async function updateProfile(db: Executor, userId: string, set: ProfileSet): Promise<ProfileRow | null> {
  const [row] = await db.update(profiles).set(set).where(eq(profiles.userId, userId)).returning();
  return row ?? null;
}

/** The current base resume (metadata only: the text can be long). */
export async function findCurrentResume(db: Executor, userId: string) {
  const rows = await db
    .select({
      id: resumeVersions.id,
      filename: resumeVersions.filename,
      mimeType: resumeVersions.mimeType,
      textLength: sql<number>`length(${resumeVersions.text})`.mapWith(Number),
      createdAt: resumeVersions.createdAt,
    })
    .from(resumeVersions)
    .where(
      and(
        eq(resumeVersions.userId, userId),
        eq(resumeVersions.kind, "base"),
        eq(resumeVersions.isCurrent, true),
        isNull(resumeVersions.deletedAt),
      ),
    )
    .orderBy(desc(resumeVersions.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

/** Stores a new base resume as the current one (the previous ones stay, no longer current). */
export async function insertBaseResume(
  db: Executor,
  values: {
    userId: string;
    filename: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    storageKey: string;
    text: string;
  },
): Promise<ResumeVersionRow> {
  await db
    .update(resumeVersions)
    .set({ isCurrent: false })
    .where(
      and(
        eq(resumeVersions.userId, values.userId),
        eq(resumeVersions.kind, "base"),
        eq(resumeVersions.isCurrent, true),
      ),
    );
  const [row] = await db
    .insert(resumeVersions)
    .values({ ...values, kind: "base", isCurrent: true })
    .returning();
  if (!row) throw new Error("resume insert returned nothing");
  return row;
}
