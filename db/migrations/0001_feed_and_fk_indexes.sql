CREATE INDEX "application_events_user_idx" ON "application_events" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "applications_posting_idx" ON "applications" USING btree ("posting_id");--> statement-breakpoint
CREATE INDEX "outreach_application_idx" ON "outreach" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "tasks_application_idx" ON "tasks" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "posting_enrichments_posting_idx" ON "posting_enrichments" USING btree ("posting_id");--> statement-breakpoint
CREATE INDEX "job_postings_first_seen_idx" ON "job_postings" USING btree ("first_seen_at");--> statement-breakpoint
CREATE INDEX "job_postings_company_idx" ON "job_postings" USING btree ("company_id");