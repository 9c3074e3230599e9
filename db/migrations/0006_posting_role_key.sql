ALTER TABLE "job_postings" ADD COLUMN "role_key" text;--> statement-breakpoint
CREATE INDEX "job_postings_role_key_idx" ON "job_postings" USING btree ("role_key");--> statement-breakpoint
UPDATE "job_postings" SET "role_key" = split_part("fingerprint", '|', 1) || '|' || split_part("fingerprint", '|', 2) WHERE "role_key" IS NULL;
