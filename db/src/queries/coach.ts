import { and, eq, inArray, isNull, max, ne, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { applicationEvents, applications } from "../schema/applications.ts";
import { jobPostings } from "../schema/postings.ts";

// What the coach reads about a user's pipeline: each live application with its latest event and the
// next interview/screen date the user entered (an `interview_scheduled` event with `detail.at`).

export interface CoachSourceRow {
  id: string;
  company: string;
  role: string;
  stage: (typeof applications.$inferSelect)["stage"];
  postingId: string | null;
  stageChangedAt: Date;
  createdAt: Date;
  lastEventAt: Date | null;
  /** ISO times of scheduled interviews (may be past) */
  scheduled: string[];
}

export async function listCoachSources(db: Executor, userId: string): Promise<CoachSourceRow[]> {
  const rows = await db
    .select({
      id: applications.id,
      company: applications.company,
      role: applications.role,
      stage: applications.stage,
      postingId: applications.postingId,
      stageChangedAt: applications.stageChangedAt,
      createdAt: applications.createdAt,
      lastEventAt: max(applicationEvents.occurredAt),
      scheduled: sql<
        string[] | null
      >`array_agg(${applicationEvents.detail}->>'at') filter (where ${applicationEvents.type} = 'interview_scheduled')`,
    })
    .from(applications)
    .leftJoin(
      applicationEvents,
      and(eq(applicationEvents.applicationId, applications.id), eq(applicationEvents.userId, userId)),
    )
    .where(and(eq(applications.userId, userId), isNull(applications.deletedAt), ne(applications.stage, "outcome")))
    .groupBy(applications.id);
  return rows.map((r) => ({
    ...r,
    lastEventAt: r.lastEventAt ? new Date(r.lastEventAt) : null,
    scheduled: (r.scheduled ?? []).filter((s): s is string => typeof s === "string"),
  }));
}

/** The skills normalization found in each posting (shared data: postings are not per user). */
export async function getPostingSkills(db: Executor, postingIds: string[]): Promise<Map<string, string[]>> {
  if (postingIds.length === 0) return new Map();
  const rows = await db
    .select({ id: jobPostings.id, skills: jobPostings.skills })
    .from(jobPostings)
    .where(inArray(jobPostings.id, postingIds));
  return new Map(rows.map((r) => [r.id, r.skills]));
}
