import { and, asc, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { applicationAttachments, applicationEvents, applicationNotes, applications } from "../schema/applications.ts";
import { containsPattern } from "./like.ts";

// Applications, their events, notes and attachments. Every query is scoped by userId:
// another user's id simply does not match (the caller turns that into NOT_FOUND).

export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationStage = ApplicationRow["stage"];
export type EventRow = typeof applicationEvents.$inferSelect;
export type NoteRow = typeof applicationNotes.$inferSelect;
export type AttachmentRow = typeof applicationAttachments.$inferSelect;

const live = (userId: string) => and(eq(applications.userId, userId), isNull(applications.deletedAt));

/**
 * Inserts unless the user already has an application for this posting or this clientRequestId
 * (both unique indexes): ON CONFLICT DO NOTHING, so concurrent tracks create exactly one row.
 * The new card goes on top of its column.
 */
export async function insertApplicationIfAbsent(
  db: Executor,
  values: {
    userId: string;
    postingId: string | null;
    company: string;
    role: string;
    url: string | null;
    stage: ApplicationStage;
    clientRequestId: string;
    appliedAt: Date | null;
  },
): Promise<ApplicationRow | null> {
  const top = sql<number>`(select coalesce(min(${applications.position}), 1) - 1 from ${applications}
    where ${applications.userId} = ${values.userId} and ${applications.stage} = ${values.stage} and ${applications.deletedAt} is null)`;
  const [row] = await db
    .insert(applications)
    .values({ ...values, position: top })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** The application a repeated or concurrent track refers to: same clientRequestId, else same posting. */
export async function findTrackedApplication(
  db: Executor,
  userId: string,
  key: { clientRequestId: string; postingId: string | null },
): Promise<ApplicationRow | null> {
  const match: SQL[] = [eq(applications.clientRequestId, key.clientRequestId)];
  if (key.postingId) match.push(eq(applications.postingId, key.postingId));
  const rows = await db
    .select()
    .from(applications)
    .where(and(eq(applications.userId, userId), or(...match)))
    .orderBy(sql`${applications.clientRequestId} = ${key.clientRequestId} desc`)
    .limit(1);
  return rows[0] ?? null;
}

export async function findApplication(
  db: Executor,
  userId: string,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ApplicationRow | null> {
  const q = db
    .select()
    .from(applications)
    .where(and(live(userId), eq(applications.id, id)))
    .limit(1);
  const rows = opts.forUpdate ? await q.for("update") : await q;
  return rows[0] ?? null;
}

/** The user's live application for any of these postings (a posting and its cross-source copies). */
export async function findApplicationForPostings(
  db: Executor,
  userId: string,
  postingIds: string[],
): Promise<ApplicationRow | null> {
  if (postingIds.length === 0) return null;
  const rows = await db
    .select()
    .from(applications)
    .where(and(live(userId), inArray(applications.postingId, postingIds)))
    .orderBy(asc(applications.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

export async function findApplicationByUrl(db: Executor, userId: string, url: string): Promise<ApplicationRow | null> {
  const rows = await db
    .select()
    .from(applications)
    .where(and(live(userId), eq(applications.url, url)))
    .orderBy(asc(applications.createdAt))
    .limit(1);
  return rows[0] ?? null;
}

const stageOrder = sql`array_position(enum_range(null::application_stage), ${applications.stage})`;

/** Kanban cards in column order, then position, newest change first; `search` matches company or role. */
export async function listApplications(db: Executor, userId: string, search?: string): Promise<ApplicationRow[]> {
  const where = search
    ? and(
        live(userId),
        or(ilike(applications.company, containsPattern(search)), ilike(applications.role, containsPattern(search))),
      )
    : live(userId);
  return db
    .select()
    .from(applications)
    .where(where)
    .orderBy(stageOrder, asc(applications.position), desc(applications.stageChangedAt), asc(applications.id));
}

export async function updateApplication(
  db: Executor,
  userId: string,
  id: string,
  set: Partial<Pick<ApplicationRow, "stage" | "outcome" | "position" | "stageChangedAt" | "appliedAt">>,
): Promise<ApplicationRow | null> {
  const [row] = await db
    .update(applications)
    .set(set)
    .where(and(live(userId), eq(applications.id, id)))
    .returning();
  return row ?? null;
}

/** Ids of a column's cards in board order (the order listApplications shows). */
export async function columnIds(db: Executor, userId: string, stage: ApplicationStage): Promise<string[]> {
  const rows = await db
    .select({ id: applications.id })
    .from(applications)
    .where(and(live(userId), eq(applications.stage, stage)))
    .orderBy(asc(applications.position), desc(applications.stageChangedAt), asc(applications.id));
  return rows.map((r) => r.id);
}

/** Renumbers a column 0..n-1 in the given order, in one statement. */
export async function setColumnOrder(db: Executor, userId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await db.execute(sql`
    update ${applications} set position = v.ord - 1
    from unnest(array[${list}]) with ordinality as v(id, ord)
    where ${applications.id} = v.id and ${applications.userId} = ${userId} and ${applications.position} <> v.ord - 1`);
}

/** Position for a card placed on top of a column. */
export async function topPosition(db: Executor, userId: string, stage: ApplicationStage): Promise<number> {
  const [row] = await db
    .select({ top: sql<number>`coalesce(min(${applications.position}), 1) - 1` })
    .from(applications)
    .where(and(live(userId), eq(applications.stage, stage)));
  return Number(row?.top ?? 0);
}

// ---- events ----

export async function insertEvent(
  db: Executor,
  values: {
    userId: string;
    applicationId: string;
    type: EventRow["type"];
    fromStage?: ApplicationStage | null;
    toStage?: ApplicationStage | null;
    detail?: Record<string, unknown>;
  },
): Promise<EventRow> {
  // clock_timestamp(), not now(): now() is the transaction start, and a move that waited on the
  // row lock would sort before the move it waited for.
  const [row] = await db
    .insert(applicationEvents)
    .values({ ...values, occurredAt: sql`clock_timestamp()`, createdAt: sql`clock_timestamp()` })
    .returning();
  if (!row) throw new Error("event insert returned nothing");
  return row;
}

export async function listEvents(db: Executor, userId: string, applicationId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(applicationEvents)
    .where(and(eq(applicationEvents.userId, userId), eq(applicationEvents.applicationId, applicationId)))
    .orderBy(asc(applicationEvents.occurredAt), asc(applicationEvents.createdAt));
}

// ---- notes ----

export async function insertNote(
  db: Executor,
  values: { userId: string; applicationId: string; body: string },
): Promise<NoteRow> {
  const [row] = await db.insert(applicationNotes).values(values).returning();
  if (!row) throw new Error("note insert returned nothing");
  return row;
}

export async function updateNote(db: Executor, userId: string, noteId: string, body: string): Promise<NoteRow | null> {
  const [row] = await db
    .update(applicationNotes)
    .set({ body })
    .where(
      and(eq(applicationNotes.userId, userId), eq(applicationNotes.id, noteId), isNull(applicationNotes.deletedAt)),
    )
    .returning();
  return row ?? null;
}

export async function softDeleteNote(db: Executor, userId: string, noteId: string, at: Date): Promise<NoteRow | null> {
  const [row] = await db
    .update(applicationNotes)
    .set({ deletedAt: at })
    .where(
      and(eq(applicationNotes.userId, userId), eq(applicationNotes.id, noteId), isNull(applicationNotes.deletedAt)),
    )
    .returning();
  return row ?? null;
}

export async function listNotes(db: Executor, userId: string, applicationId: string): Promise<NoteRow[]> {
  return db
    .select()
    .from(applicationNotes)
    .where(
      and(
        eq(applicationNotes.userId, userId),
        eq(applicationNotes.applicationId, applicationId),
        isNull(applicationNotes.deletedAt),
      ),
    )
    .orderBy(desc(applicationNotes.createdAt), desc(applicationNotes.id));
}

// ---- attachments ----

export async function insertAttachment(
  db: Executor,
  values: {
    userId: string;
    applicationId: string;
    filename: string;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    storageKey: string;
  },
): Promise<AttachmentRow> {
  const [row] = await db.insert(applicationAttachments).values(values).returning();
  if (!row) throw new Error("attachment insert returned nothing");
  return row;
}

export async function listAttachments(db: Executor, userId: string, applicationId: string): Promise<AttachmentRow[]> {
  return db
    .select()
    .from(applicationAttachments)
    .where(
      and(
        eq(applicationAttachments.userId, userId),
        eq(applicationAttachments.applicationId, applicationId),
        isNull(applicationAttachments.deletedAt),
      ),
    )
    .orderBy(desc(applicationAttachments.createdAt));
}
