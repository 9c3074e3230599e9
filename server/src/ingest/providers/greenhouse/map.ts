import type { RawPosting } from "@vanta/shared/normalize/raw";
import { companyFromBoard, type SourceSpec } from "../../provider.ts";
import type { GreenhouseJob } from "./schema.ts";

function metadataValue(job: GreenhouseJob, name: RegExp): string | null {
  for (const m of job.metadata ?? []) {
    if (!m.name || !name.test(m.name)) continue;
    if (typeof m.value === "string") return m.value;
    if (Array.isArray(m.value) && typeof m.value[0] === "string") return m.value[0];
  }
  return null;
}

export function mapGreenhouse(job: GreenhouseJob, source: SourceSpec): RawPosting {
  const pay = job.pay_input_ranges?.[0];
  const locationName = job.location?.name?.trim();
  return {
    source: "greenhouse",
    sourceId: String(job.id),
    title: job.title,
    company: job.company_name?.trim() || companyFromBoard(source),
    url: job.absolute_url,
    // "New York, NY; Remote" is common; offices are the fallback when the location is empty.
    locations: locationName ? [locationName] : (job.offices ?? []).map((o) => o.location || o.name),
    remoteHint: metadataValue(job, /workplace|remote/i),
    employmentType: metadataValue(job, /employment type|job type|time type/i),
    salary:
      pay && (pay.min_cents || pay.max_cents)
        ? {
            min: pay.min_cents ? pay.min_cents / 100 : null,
            max: pay.max_cents ? pay.max_cents / 100 : null,
            currency: pay.currency_type ?? null,
            period: "year",
          }
        : null,
    descriptionHtml: job.content ?? "",
    postedAt: job.first_published ?? job.updated_at ?? null,
    department: job.departments?.[0]?.name ?? null,
  };
}
