import type { RawPosting } from "@vanta/shared/normalize/raw";
import type { RemotiveJob } from "./schema.ts";

export function mapRemotive(job: RemotiveJob): RawPosting {
  return {
    source: "remotive",
    sourceId: String(job.id),
    title: job.title,
    company: job.company_name,
    url: job.url,
    // "Worldwide", "USA, Canada, USA timezones": where candidates may live; every job is remote.
    locations: [job.candidate_required_location],
    remoteHint: "remote",
    employmentType: job.job_type ?? null,
    salaryText: job.salary ?? null,
    descriptionHtml: job.description ?? null,
    postedAt: job.publication_date ?? null,
    department: job.category ?? null,
    tags: job.tags ?? [],
  };
}
