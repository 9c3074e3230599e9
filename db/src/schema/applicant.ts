import type { ApplicantContact } from "@vanta/shared/api/applicant";
import type { ApplicationDetails, EeoAnswers } from "@vanta/shared/resume/applicant";
import { jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns.ts";
import { users } from "./users.ts";

/**
 * What application forms ask beyond the resume, one row per user. The resume itself is the default
 * `resume_versions` row; `contact` holds only the contact fields the user typed over the resume's.
 */
export const applicantProfiles = pgTable(
  "applicant_profiles",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    contact: jsonb("contact").$type<ApplicantContact>().notNull().default({}),
    /** the `application` object without `eeo` */
    application: jsonb("application").$type<Omit<ApplicationDetails, "eeo">>().notNull().default({ answers: [] }),
    /** legacy plaintext self-identification answers (rows written before encryption at rest); read once, then cleared */
    eeo: jsonb("eeo").$type<EeoAnswers>(),
    /**
     * the sensitive answers (self-identification, sponsorship, salary expectation) sealed with the user's data
     * key: the database alone never reveals them
     */
    sensitive: text("sensitive"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("applicant_profiles_user_key").on(t.userId)],
);
