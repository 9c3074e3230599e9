import type { FitResult } from "@vanta/shared/fit";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns.ts";
import { jobPostings } from "./postings.ts";
import { users } from "./users.ts";

/** Per-user fit of a posting: score, factors JSON (the whole FitResult), salary estimate, rationale, feed state. */
export const postingEnrichments = pgTable(
  "posting_enrichments",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    postingId: uuid("posting_id")
      .notNull()
      .references(() => jobPostings.id, { onDelete: "cascade" }),
    score: integer("score").notNull(),
    passed: boolean("passed").notNull(),
    factors: jsonb("factors").$type<FitResult>().notNull(),
    salaryEstimateMinCents: bigint("salary_estimate_min_cents", { mode: "number" }),
    salaryEstimateMaxCents: bigint("salary_estimate_max_cents", { mode: "number" }),
    salaryEstimateCurrency: text("salary_estimate_currency"),
    salaryEstimateSample: integer("salary_estimate_sample"),
    rationale: text("rationale"),
    hiddenAt: timestamp("hidden_at", { withTimezone: true }),
    savedAt: timestamp("saved_at", { withTimezone: true }),
    viewedAt: timestamp("viewed_at", { withTimezone: true }),
    digestedAt: timestamp("digested_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("posting_enrichments_user_posting_key").on(t.userId, t.postingId),
    index("posting_enrichments_feed_idx").on(t.userId, t.score, t.postingId),
    // ON DELETE CASCADE from job_postings and "who scored this posting" look up by posting alone.
    index("posting_enrichments_posting_idx").on(t.postingId),
  ],
);
