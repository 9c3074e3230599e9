import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { applications } from "./applications.ts";
import { deletedAt, id, timestamps } from "./columns.ts";
import { jobPostings } from "./postings.ts";
import { users } from "./users.ts";

/** Base resumes (kind "base", uploaded) and tailored versions (kind "tailored", generated for a posting). */
export const resumeVersions = pgTable(
  "resume_versions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["base", "tailored"] }).notNull(),
    postingId: uuid("posting_id").references(() => jobPostings.id, { onDelete: "set null" }),
    parentId: uuid("parent_id"),
    filename: text("filename"),
    mimeType: text("mime_type"),
    sizeBytes: integer("size_bytes"),
    sha256: text("sha256"),
    storageKey: text("storage_key"),
    text: text("text").notNull().default(""),
    /** structured resume JSON (sections, bullets with provenance) */
    content: jsonb("content").$type<Record<string, unknown>>(),
    isCurrent: boolean("is_current").notNull().default(false),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [index("resume_versions_user_idx").on(t.userId, t.kind)],
);

/** People at a company the user added to an application (recruiter, hiring manager, referrer). */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    role: text("role"),
    email: text("email"),
    linkedinUrl: text("linkedin_url"),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [index("contacts_user_idx").on(t.userId), index("contacts_application_idx").on(t.applicationId)],
);

export const outreachChannel = pgEnum("outreach_channel", ["email", "linkedin", "other"]);
export const outreachStatus = pgEnum("outreach_status", ["draft", "approved", "sent", "replied"]);

export const outreach = pgTable(
  "outreach",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "cascade" }),
    channel: outreachChannel("channel").notNull(),
    status: outreachStatus("status").notNull().default("draft"),
    tone: text("tone"),
    contactId: uuid("contact_id").references(() => contacts.id, { onDelete: "set null" }),
    recipientName: text("recipient_name"),
    recipientEmail: text("recipient_email"),
    subject: text("subject"),
    body: text("body").notNull(),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** the email port's message id once sent */
    messageId: text("message_id"),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  // application_id: ON DELETE CASCADE from applications
  (t) => [index("outreach_user_idx").on(t.userId), index("outreach_application_idx").on(t.applicationId)],
);

export const taskStatus = pgEnum("task_status", ["open", "done", "dismissed"]);

export const tasks = pgTable(
  "tasks",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    detail: text("detail"),
    status: taskStatus("status").notNull().default("open"),
    priority: integer("priority").notNull().default(2),
    dueAt: timestamp("due_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    source: text("source", { enum: ["user", "coach"] })
      .notNull()
      .default("user"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    /** the coach's rule key (rule:application:anchor): running the coach twice creates each task once */
    dedupeKey: text("dedupe_key"),
    snoozedUntil: timestamp("snoozed_until", { withTimezone: true }),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex("tasks_user_dedupe_key").on(t.userId, t.dedupeKey),
    index("tasks_user_status_idx").on(t.userId, t.status),
    index("tasks_tags_gin").using("gin", t.tags),
    index("tasks_application_idx").on(t.applicationId),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["digest", "task", "nudge", "system", "outreach", "sync"] }).notNull(),
    title: text("title").notNull(),
    body: text("body"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    channel: text("channel", { enum: ["in_app", "email"] })
      .notNull()
      .default("in_app"),
    emailMessageId: text("email_message_id"),
    readAt: timestamp("read_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);
