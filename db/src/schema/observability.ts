import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns.ts";
import { users } from "./users.ts";

/** One row per agent run; `id` is the model_run_id that also appears in logs. */
export const modelRuns = pgTable(
  "model_runs",
  {
    id: id(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    agent: text("agent").notNull(),
    purpose: text("purpose"),
    model: text("model").notNull(),
    provider: text("provider").notNull(),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    latencyMs: integer("latency_ms"),
    success: boolean("success"),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index("model_runs_user_idx").on(t.userId, t.startedAt)],
);

export const modelIo = pgTable(
  "model_io",
  {
    id: id(),
    modelRunId: uuid("model_run_id")
      .notNull()
      .references(() => modelRuns.id, { onDelete: "cascade" }),
    direction: text("direction", { enum: ["input", "output"] }).notNull(),
    payload: jsonb("payload").$type<unknown>().notNull(),
    ...timestamps(),
  },
  (t) => [index("model_io_run_idx").on(t.modelRunId)],
);

/** Compliance trail: who changed what (e.g. every Kanban move). */
export const auditLogs = pgTable(
  "audit_logs",
  {
    id: id(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: uuid("entity_id"),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
    requestId: text("request_id"),
    ...timestamps(),
  },
  (t) => [index("audit_logs_entity_idx").on(t.entityType, t.entityId), index("audit_logs_user_idx").on(t.userId)],
);

export const userEventType = [
  "search_run",
  "posting_view",
  "apply_click",
  "resume_generated",
  "outreach_sent",
  "task_completed",
  "posting_hide",
  "posting_save",
  "posting_track",
] as const;

export const userEvents = pgTable(
  "user_events",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type", { enum: userEventType }).notNull(),
    entityId: uuid("entity_id"),
    props: jsonb("props").$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [index("user_events_user_type_idx").on(t.userId, t.type, t.occurredAt)],
);

/**
 * Scheduler deliveries that failed for good (QStash's failure callback in the cloud, the in-process
 * scheduler after its retries): what was due, where, why. Counted on /health.
 */
export const jobDeadLetters = pgTable(
  "job_dead_letters",
  {
    id: id(),
    /** the user the job was for, when its body names one */
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    source: text("source", { enum: ["in-process", "qstash"] }).notNull(),
    messageId: text("message_id"),
    /** the job endpoint's path, e.g. /jobs/daily-search */
    path: text("path").notNull(),
    body: jsonb("body").$type<unknown>(),
    /** the last answer's HTTP status (null: no answer, e.g. a network error) */
    status: integer("status"),
    reason: text("reason").notNull(),
    attempts: integer("attempts").notNull().default(1),
    ...timestamps(),
  },
  (t) => [index("job_dead_letters_user_idx").on(t.userId)],
);
