import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { deletedAt, id, timestamps } from "./columns.ts";

export const companies = pgTable(
  "companies",
  {
    id: id(),
    name: text("name").notNull(),
    /** normalized name (lowercase, legal suffixes stripped): the registry key */
    normalizedName: text("normalized_name").notNull(),
    domain: text("domain"),
    aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
    ...timestamps(),
  },
  (t) => [uniqueIndex("companies_normalized_name_key").on(t.normalizedName)],
);

/**
 * Deduplicated postings, shared by all users (public data). Unique on (source, source_id);
 * `fingerprint` (normalized company|title|location) links copies of the same job across
 * sources via `cluster_id` (the id of the canonical posting of the cluster).
 */
export const jobPostings = pgTable(
  "job_postings",
  {
    id: id(),
    source: text("source").notNull(),
    sourceId: text("source_id").notNull(),
    companyId: uuid("company_id").references(() => companies.id, { onDelete: "set null" }),
    company: text("company").notNull(),
    title: text("title").notNull(),
    normalizedTitle: text("normalized_title"),
    seniority: text("seniority"),
    family: text("family"),
    locations: text("locations").array().notNull().default(sql`'{}'::text[]`),
    countries: text("countries").array().notNull().default(sql`'{}'::text[]`),
    remote: text("remote", { enum: ["remote", "hybrid", "onsite", "unknown"] })
      .notNull()
      .default("unknown"),
    employmentType: text("employment_type"),
    /** annual salary, integer cents + currency; `salary_period` keeps the period the posting stated */
    salaryMinCents: bigint("salary_min_cents", { mode: "number" }),
    salaryMaxCents: bigint("salary_max_cents", { mode: "number" }),
    salaryCurrency: text("salary_currency"),
    salaryPeriod: text("salary_period"),
    description: text("description").notNull().default(""),
    skills: text("skills").array().notNull().default(sql`'{}'::text[]`),
    yearsRequired: integer("years_required"),
    visaSponsorship: text("visa_sponsorship", { enum: ["offered", "not_offered", "unknown"] })
      .notNull()
      .default("unknown"),
    clearance: boolean("clearance").notNull().default(false),
    education: text("education"),
    url: text("url").notNull(),
    canonicalUrl: text("canonical_url").notNull(),
    fingerprint: text("fingerprint").notNull(),
    /** the fingerprint without its place (normalized company|title): dedup candidates in other cities */
    roleKey: text("role_key"),
    clusterId: uuid("cluster_id"),
    repostOf: uuid("repost_of"),
    postedAt: date("posted_at", { mode: "string" }),
    validThrough: date("valid_through", { mode: "string" }),
    closed: boolean("closed").notNull().default(false),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    /** anything source-specific worth keeping (department, raw compensation text…) */
    extra: jsonb("extra").$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps(),
    deletedAt: deletedAt(),
  },
  (t) => [
    uniqueIndex("job_postings_source_key").on(t.source, t.sourceId),
    index("job_postings_canonical_url_idx").on(t.canonicalUrl),
    index("job_postings_fingerprint_idx").on(t.fingerprint),
    index("job_postings_role_key_idx").on(t.roleKey),
    index("job_postings_cluster_idx").on(t.clusterId),
    index("job_postings_posted_idx").on(t.postedAt),
    // "new since the last digest" reads postings by when we first saw them
    index("job_postings_first_seen_idx").on(t.firstSeenAt),
    index("job_postings_company_idx").on(t.companyId),
    // the sample a missing salary is estimated from (postings.capture → salary estimate)
    index("job_postings_salaried_title_idx")
      .on(t.normalizedTitle)
      .where(sql`${t.salaryMinCents} is not null and ${t.deletedAt} is null`),
    index("job_postings_skills_gin").using("gin", t.skills),
    index("job_postings_locations_gin").using("gin", t.locations),
  ],
);
