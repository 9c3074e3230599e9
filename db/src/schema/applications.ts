import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { deletedAt, id, timestamps } from "./columns.ts";
import { jobPostings } from "./postings.ts";
import { users } from "./users.ts";

export const applicationStage = pgEnum("application_stage", [
  "prospect",
  "applied",
  "screen",
  "interview",
  "offer",
  "outcome",
]);
export const applicationOutcome = pgEnum("application_outcome", ["won", "lost", "withdrawn"]);

export const applications = pgTable(
  "applications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id").references(() => jobPostings.id, { onDelete: "set null" }),
    company: text("company").notNull(),
    role: text("role").notNull(),
    url: text("url"),
    stage: applicationStage("stage").notNull().default("prospect"),
    outcome: applicationOutcome("outcome"),
    /** position inside its Kanban column */
    position: integer("position").notNull().default(0),
    /** idempotency key from the extension's offline queue: the same track never creates twice */
    clientRequestId: text("client_request_id"),
    resumeVersionId: uuid("resume_version_id"),
    appliedAt: timestamp("applied_at", { withTimezone: true }),
    stageChangedAt: timestamp("stage_changed_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    index("applications_user_stage_idx").on(t.userId, t.stage),
    uniqueIndex("applications_user_posting_key").on(t.userId, t.postingId),
    uniqueIndex("applications_user_client_request_key").on(t.userId, t.clientRequestId),
    // ON DELETE SET NULL from job_postings would otherwise scan every application.
    index("applications_posting_idx").on(t.postingId),
  ],
);

export const applicationEventType = pgEnum("application_event_type", [
  "created",
  "stage_changed",
  "note_added",
  "attachment_added",
  "applied",
  "email",
  "interview_scheduled",
  "other",
]);

export const applicationEvents = pgTable(
  "application_events",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    type: applicationEventType("type").notNull(),
    fromStage: applicationStage("from_stage"),
    toStage: applicationStage("to_stage"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    index("application_events_app_idx").on(t.applicationId, t.occurredAt),
    // per-user timelines/analytics and the user delete cascade
    index("application_events_user_idx").on(t.userId, t.occurredAt),
  ],
);

export const applicationNotes = pgTable(
  "application_notes",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [index("application_notes_app_idx").on(t.applicationId)],
);

/** Files live under $VANTA_HOME/files (or object storage); the row keeps metadata + a sha256. */
export const applicationAttachments = pgTable(
  "application_attachments",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [index("application_attachments_app_idx").on(t.applicationId)],
);
