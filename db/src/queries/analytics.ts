import { and, asc, eq, gte, isNotNull, isNull, ne } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { applicationEvents, applications } from "../schema/applications.ts";
import { resumeVersions } from "../schema/documents.ts";
import { postingEnrichments } from "../schema/enrichments.ts";
import { userEvents } from "../schema/observability.ts";
import { jobPostings } from "../schema/postings.ts";

// The rows analytics computes on, for one user: applications (with posting source, fit score and the
// resume version's kind), their stage moves, and activity timestamps.

export async function listAnalyticsApplications(db: Executor, userId: string) {
  return db
    .select({
      id: applications.id,
      stage: applications.stage,
      outcome: applications.outcome,
      createdAt: applications.createdAt,
      source: jobPostings.source,
      score: postingEnrichments.score,
      resumeKind: resumeVersions.kind,
    })
    .from(applications)
    .leftJoin(jobPostings, eq(jobPostings.id, applications.postingId))
    .leftJoin(
      postingEnrichments,
      and(eq(postingEnrichments.postingId, applications.postingId), eq(postingEnrichments.userId, userId)),
    )
    .leftJoin(
      resumeVersions,
      and(eq(resumeVersions.id, applications.resumeVersionId), eq(resumeVersions.userId, userId)),
    )
    .where(and(eq(applications.userId, userId), isNull(applications.deletedAt)));
}

export async function listStageMoves(db: Executor, userId: string) {
  return db
    .select({
      applicationId: applicationEvents.applicationId,
      from: applicationEvents.fromStage,
      to: applicationEvents.toStage,
      at: applicationEvents.occurredAt,
    })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.userId, userId), isNotNull(applicationEvents.toStage)))
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.createdAt));
}

/** Timestamps of everything the user did since `since` (application events and product events but the daily run). */
export async function listActivity(db: Executor, userId: string, since: Date): Promise<Date[]> {
  const [app, product] = await Promise.all([
    db
      .select({ at: applicationEvents.occurredAt })
      .from(applicationEvents)
      .where(and(eq(applicationEvents.userId, userId), gte(applicationEvents.occurredAt, since))),
    db
      .select({ at: userEvents.occurredAt })
      .from(userEvents)
      .where(and(eq(userEvents.userId, userId), gte(userEvents.occurredAt, since), ne(userEvents.type, "search_run"))),
  ]);
  return [...app, ...product].map((r) => r.at);
}
