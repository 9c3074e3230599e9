import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications.ts";
import { deletedAt, id, timestamps } from "./columns.ts";
import { resumeVersions } from "./documents.ts";
import { jobPostings } from "./postings.ts";
import { users } from "./users.ts";

/**
 * Long agent runs ("prepare my application": tailor → score → cover letter). The row is the job's whole
 * state: the scheduler delivers only its id, the UI polls `steps`, and a job still queued or running when
 * the server stops is picked up again at start.
 */
export const agentJobs = pgTable(
  "agent_jobs",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["prepare_application"] }).notNull(),
    status: text("status", { enum: ["queued", "running", "done", "failed"] })
      .notNull()
      .default("queued"),
    resumeVersionId: uuid("resume_version_id").references(() => resumeVersions.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id").references(() => jobPostings.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "set null" }),
    /** [{ name, status, modelRunId, latencyMs, error }] */
    steps: jsonb("steps").$type<Record<string, unknown>[]>().notNull().default([]),
    result: jsonb("result").$type<Record<string, unknown>>(),
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index("agent_jobs_user_idx").on(t.userId, t.createdAt), index("agent_jobs_status_idx").on(t.status)],
);

/** Cover letter drafts, saved with the application they were written for; the user edits `text`. */
export const coverLetters = pgTable(
  "cover_letters",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id").references(() => jobPostings.id, { onDelete: "set null" }),
    resumeVersionId: uuid("resume_version_id").references(() => resumeVersions.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    provenance: jsonb("provenance").$type<Record<string, unknown>[]>().notNull().default([]),
    flags: jsonb("flags").$type<Record<string, unknown>[]>().notNull().default([]),
    modelRunId: uuid("model_run_id"),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [index("cover_letters_user_idx").on(t.userId), index("cover_letters_application_idx").on(t.applicationId)],
);
