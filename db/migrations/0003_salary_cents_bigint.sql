ALTER TABLE "posting_enrichments" ALTER COLUMN "salary_estimate_min_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "posting_enrichments" ALTER COLUMN "salary_estimate_max_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "job_postings" ALTER COLUMN "salary_min_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "job_postings" ALTER COLUMN "salary_max_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "profiles" ALTER COLUMN "salary_min_cents" SET DATA TYPE bigint;--> statement-breakpoint
ALTER TABLE "profiles" ALTER COLUMN "salary_max_cents" SET DATA TYPE bigint;