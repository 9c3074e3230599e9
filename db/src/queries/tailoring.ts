import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { applications } from "../schema/applications.ts";
import { resumeVersions } from "../schema/documents.ts";
import { agentJobs, coverLetters } from "../schema/tailoring.ts";

// Tailoring: agent jobs (the persisted state of "prepare my application" runs), tailored resume
// versions and cover letters. Every read and write is scoped by the owner's id.

export type AgentJobRow = typeof agentJobs.$inferSelect;
export type CoverLetterRow = typeof coverLetters.$inferSelect;
type ResumeVersionRow = typeof resumeVersions.$inferSelect;

export async function insertAgentJob(
  db: Executor,
  values: Pick<
    typeof agentJobs.$inferInsert,
    "userId" | "kind" | "resumeVersionId" | "postingId" | "applicationId" | "steps"
  >,
): Promise<AgentJobRow> {
  const [row] = await db.insert(agentJobs).values(values).returning();
  if (!row) throw new Error("agent job insert returned nothing");
  return row;
}

export async function findAgentJob(db: Executor, userId: string, id: string): Promise<AgentJobRow | null> {
  const rows = await db
    .select()
    .from(agentJobs)
    .where(and(eq(agentJobs.userId, userId), eq(agentJobs.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function updateAgentJob(
  db: Executor,
  userId: string,
  id: string,
  values: Partial<Pick<AgentJobRow, "status" | "steps" | "result" | "error" | "attempts" | "startedAt" | "finishedAt">>,
): Promise<void> {
  await db
    .update(agentJobs)
    .set(values)
    .where(and(eq(agentJobs.userId, userId), eq(agentJobs.id, id)));
}

/** Jobs a stopped server left unfinished (all users: the server's own resume-at-start sweep). */
export async function listUnfinishedAgentJobs(
  db: Executor,
  limit = 100,
): Promise<Pick<AgentJobRow, "id" | "userId">[]> {
  return db
    .select({ id: agentJobs.id, userId: agentJobs.userId })
    .from(agentJobs)
    .where(inArray(agentJobs.status, ["queued", "running"]))
    .orderBy(agentJobs.createdAt)
    .limit(limit);
}

/** A live resume version of any kind (base or tailored). */
export async function findOwnResumeVersion(db: Executor, userId: string, id: string): Promise<ResumeVersionRow | null> {
  const rows = await db
    .select()
    .from(resumeVersions)
    .where(and(eq(resumeVersions.userId, userId), eq(resumeVersions.id, id), isNull(resumeVersions.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertTailoredVersion(
  db: Executor,
  values: {
    userId: string;
    postingId: string | null;
    parentId: string;
    text: string;
    content: Record<string, unknown>;
  },
): Promise<ResumeVersionRow> {
  const [row] = await db
    .insert(resumeVersions)
    .values({ ...values, kind: "tailored", isCurrent: false })
    .returning();
  if (!row) throw new Error("tailored version insert returned nothing");
  return row;
}

/** The application uploads this version for its posting (autofill reads applications.resume_version_id). */
export async function linkApplicationVersion(
  db: Executor,
  userId: string,
  applicationId: string,
  resumeVersionId: string,
): Promise<boolean> {
  const rows = await db
    .update(applications)
    .set({ resumeVersionId })
    .where(and(eq(applications.userId, userId), eq(applications.id, applicationId), isNull(applications.deletedAt)))
    .returning({ id: applications.id });
  return rows.length > 0;
}

export async function insertCoverLetter(
  db: Executor,
  values: Omit<typeof coverLetters.$inferInsert, "id" | "createdAt" | "updatedAt" | "deletedAt">,
): Promise<CoverLetterRow> {
  const [row] = await db.insert(coverLetters).values(values).returning();
  if (!row) throw new Error("cover letter insert returned nothing");
  return row;
}

export async function listCoverLetters(db: Executor, userId: string, applicationId: string): Promise<CoverLetterRow[]> {
  return db
    .select()
    .from(coverLetters)
    .where(
      and(
        eq(coverLetters.userId, userId),
        eq(coverLetters.applicationId, applicationId),
        isNull(coverLetters.deletedAt),
      ),
    )
    .orderBy(desc(coverLetters.createdAt));
}

/** The user's edit of a draft; null when it is not theirs (or deleted). */
export async function updateCoverLetterText(
  db: Executor,
  userId: string,
  id: string,
  text: string,
): Promise<CoverLetterRow | null> {
  const rows = await db
    .update(coverLetters)
    .set({ text })
    .where(and(eq(coverLetters.userId, userId), eq(coverLetters.id, id), isNull(coverLetters.deletedAt)))
    .returning();
  return rows[0] ?? null;
}

export async function findCoverLetter(db: Executor, userId: string, id: string): Promise<CoverLetterRow | null> {
  const rows = await db
    .select()
    .from(coverLetters)
    .where(and(eq(coverLetters.userId, userId), eq(coverLetters.id, id), isNull(coverLetters.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}
