import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { deletedAt, id, timestamps } from "./columns.ts";
import { users } from "./users.ts";

export interface SearchFilters {
  keywords?: string[];
  locations?: string[];
  boards?: { provider: string; board: string }[];
  remote?: boolean;
  minSalary?: number;
}

/** Saved searches + their schedule (cron in the user's time zone). */
export const searchPrefs = pgTable(
  "search_prefs",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    filters: jsonb("filters").$type<SearchFilters>().notNull().default({}),
    cron: text("cron").notNull().default("0 8 * * *"),
    timezone: text("timezone").notNull().default("UTC"),
    enabled: boolean("enabled").notNull().default(true),
    nextRunAt: timestamp("next_run_at", { withTimezone: true }),
    lastRunAt: timestamp("last_run_at", { withTimezone: true }),
    scheduleRef: text("schedule_ref"),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [index("search_prefs_user_idx").on(t.userId)],
);
