import type { RawPosting } from "@vanta/shared/normalize/raw";
import type { RemoteOkJob } from "./schema.ts";

export function mapRemoteOk(job: RemoteOkJob): RawPosting {
  return {
    source: "remoteok",
    sourceId: String(job.id),
    title: job.position,
    company: job.company,
    url: job.url,
    applyUrl: job.apply_url ?? null,
    locations: [job.location],
    remoteHint: "remote",
    // RemoteOK states salaries in USD; 0 means "not given".
    salary:
      job.salary_min || job.salary_max
        ? { min: job.salary_min ?? null, max: job.salary_max ?? null, currency: "USD", period: null }
        : null,
    descriptionHtml: job.description ?? null,
    postedAt: job.epoch ?? job.date ?? null,
    tags: job.tags ?? [],
  };
}
