import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { contacts, outreach } from "../schema/documents.ts";
import { jobPostings } from "../schema/postings.ts";

// Contacts per application and outreach messages, always for one user.

export type ContactRow = typeof contacts.$inferSelect;
export type OutreachRow = typeof outreach.$inferSelect;

export async function insertContact(
  db: Executor,
  values: Omit<typeof contacts.$inferInsert, "id" | "createdAt" | "updatedAt" | "deletedAt">,
): Promise<ContactRow> {
  const [row] = await db.insert(contacts).values(values).returning();
  if (!row) throw new Error("contact insert returned nothing");
  return row;
}

export async function listContacts(db: Executor, userId: string, applicationId: string): Promise<ContactRow[]> {
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), eq(contacts.applicationId, applicationId), isNull(contacts.deletedAt)))
    .orderBy(desc(contacts.createdAt));
}

export async function findContact(db: Executor, userId: string, id: string): Promise<ContactRow | null> {
  const rows = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id), isNull(contacts.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function softDeleteContact(db: Executor, userId: string, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(contacts)
    .set({ deletedAt: at })
    .where(and(eq(contacts.userId, userId), eq(contacts.id, id), isNull(contacts.deletedAt)))
    .returning({ id: contacts.id });
  return rows.length > 0;
}

export async function insertOutreach(
  db: Executor,
  values: Omit<typeof outreach.$inferInsert, "id" | "createdAt" | "updatedAt" | "deletedAt">,
): Promise<OutreachRow> {
  const [row] = await db.insert(outreach).values(values).returning();
  if (!row) throw new Error("outreach insert returned nothing");
  return row;
}

export async function findOutreach(db: Executor, userId: string, id: string): Promise<OutreachRow | null> {
  const rows = await db
    .select()
    .from(outreach)
    .where(and(eq(outreach.userId, userId), eq(outreach.id, id), isNull(outreach.deletedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function listOutreach(db: Executor, userId: string, applicationId: string): Promise<OutreachRow[]> {
  return db
    .select()
    .from(outreach)
    .where(and(eq(outreach.userId, userId), eq(outreach.applicationId, applicationId), isNull(outreach.deletedAt)))
    .orderBy(desc(outreach.createdAt));
}

/** Only the given states may move (e.g. approve a draft, never a sent message). */
export async function updateOutreach(
  db: Executor,
  userId: string,
  id: string,
  fromStatus: OutreachRow["status"][],
  set: Partial<Pick<OutreachRow, "status" | "subject" | "body" | "approvedAt" | "sentAt" | "channel" | "messageId">>,
): Promise<OutreachRow | null> {
  const rows = await db
    .update(outreach)
    .set({ ...set, updatedAt: new Date() })
    .where(
      and(
        eq(outreach.userId, userId),
        eq(outreach.id, id),
        inArray(outreach.status, fromStatus),
        isNull(outreach.deletedAt),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

/**
 * The send gate, in one statement: claims an approved, not-yet-sent message of its owner. Two concurrent
 * sends cannot both win; a draft or another user's message is never claimed.
 */
export async function claimApprovedForSend(
  db: Executor,
  userId: string,
  id: string,
  at: Date,
): Promise<OutreachRow | null> {
  const [row] = await db
    .update(outreach)
    .set({ sentAt: at, updatedAt: at })
    .where(
      and(
        eq(outreach.userId, userId),
        eq(outreach.id, id),
        eq(outreach.status, "approved"),
        isNull(outreach.sentAt),
        isNull(outreach.deletedAt),
      ),
    )
    .returning();
  return row ?? null;
}

/** A posting's title and description text (postings are shared data, not per user). */
export async function findPostingDescription(db: Executor, postingId: string): Promise<string | null> {
  const rows = await db
    .select({ title: jobPostings.title, description: jobPostings.description })
    .from(jobPostings)
    .where(eq(jobPostings.id, postingId))
    .limit(1);
  const r = rows[0];
  return r ? `${r.title}\n${r.description}` : null;
}
