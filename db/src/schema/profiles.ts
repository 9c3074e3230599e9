import { sql } from "drizzle-orm";
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
import { users } from "./users.ts";

export interface JobPreferences {
  remote?: ("remote" | "hybrid" | "onsite" | "unknown")[];
  seniority?: string[];
  excludedCompanies?: string[];
  excludedKeywords?: string[];
  visaNeeded?: boolean;
  trackStage?: "prospect" | "applied";
  /** false after the digest's unsubscribe link: digests stay in-app only */
  digestEmail?: boolean;
  /** ISO time; no digest (email or in-app) before it */
  digestSnoozedUntil?: string;
  /**
   * Profile fields ("titles", "skills", "yearsExperience", "seniority") still holding what the default resume
   * put there. A new default resume refills only these and empty ones: what the user typed is never overwritten.
   */
  fromResume?: string[];
}

export const profiles = pgTable(
  "profiles",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    headline: text("headline"),
    summary: text("summary"),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    titles: text("titles").array().notNull().default(sql`'{}'::text[]`),
    locations: text("locations").array().notNull().default(sql`'{}'::text[]`),
    /** salary band, annual, integer cents + currency */
    salaryMinCents: bigint("salary_min_cents", { mode: "number" }),
    salaryMaxCents: bigint("salary_max_cents", { mode: "number" }),
    salaryCurrency: text("salary_currency").notNull().default("USD"),
    yearsExperience: integer("years_experience"),
    visaNeeded: boolean("visa_needed").notNull().default(false),
    preferences: jsonb("preferences").$type<JobPreferences>().notNull().default({}),
    /** plain text of the current base resume, used by matching */
    resumeText: text("resume_text").notNull().default(""),
    digestHour: integer("digest_hour").notNull().default(8),
    digestMinute: integer("digest_minute").notNull().default(0),
    timezone: text("timezone").notNull().default("UTC"),
    onboardedAt: timestamp("onboarded_at", { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex("profiles_user_key").on(t.userId), index("profiles_skills_gin").using("gin", t.skills)],
);
