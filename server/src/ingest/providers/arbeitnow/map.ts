import type { RawPosting } from "@vanta/shared/normalize/raw";
import type { ArbeitnowJob } from "./schema.ts";

export function mapArbeitnow(job: ArbeitnowJob): RawPosting {
  return {
    source: "arbeitnow",
    sourceId: job.slug,
    title: job.title,
    company: job.company_name,
    url: job.url,
    locations: [job.location],
    // Germany-centred board: places without a country are in Germany more often than not,
    // but we only assume the currency, not the country.
    defaultCurrency: "EUR",
    remoteHint: job.remote === true ? true : null,
    employmentType: job.job_types ?? null,
    descriptionHtml: job.description ?? null,
    postedAt: job.created_at ?? null,
    tags: job.tags ?? [],
  };
}
