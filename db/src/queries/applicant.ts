import { eq } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { applicantProfiles } from "../schema/applicant.ts";

export type ApplicantRow = typeof applicantProfiles.$inferSelect;
export type ApplicantSet = Partial<Pick<ApplicantRow, "contact" | "application" | "eeo" | "sensitive">>;

/** The user's applicant profile, created empty on first access (ON CONFLICT keeps concurrent first reads safe). */
export async function ensureApplicant(db: Executor, userId: string): Promise<ApplicantRow> {
  const existing = await findApplicant(db, userId);
  if (existing) return existing;
  await db.insert(applicantProfiles).values({ userId }).onConflictDoNothing();
  const row = await findApplicant(db, userId);
  if (!row) throw new Error("applicant profile insert did not persist");
  return row;
}

export async function findApplicant(db: Executor, userId: string): Promise<ApplicantRow | null> {
  const rows = await db.select().from(applicantProfiles).where(eq(applicantProfiles.userId, userId)).limit(1);
  return rows[0] ?? null;
}

export async function updateApplicant(db: Executor, userId: string, set: ApplicantSet): Promise<ApplicantRow | null> {
  const [row] = await db.update(applicantProfiles).set(set).where(eq(applicantProfiles.userId, userId)).returning();
  return row ?? null;
}
