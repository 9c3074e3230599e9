import type { RawPosting } from "@vanta/shared/normalize/raw";
import { companyFromBoard, type SourceSpec } from "../../provider.ts";
import type { AshbyJob } from "./schema.ts";

function places(job: AshbyJob): RawPosting["places"] {
  const all = [job.address, ...(job.secondaryLocations ?? []).map((s) => s.address)];
  return all.flatMap((a) => {
    const p = a?.postalAddress;
    if (!p || !(p.addressLocality || p.addressRegion || p.addressCountry)) return [];
    return [{ city: p.addressLocality ?? null, region: p.addressRegion ?? null, country: p.addressCountry ?? null }];
  });
}

export function mapAshby(job: AshbyJob, source: SourceSpec): RawPosting {
  // Salary is one component among equity/bonus; only the salary one is pay.
  const salary = job.compensation?.summaryComponents?.find((c) => /salary/i.test(c.compensationType ?? ""));
  return {
    source: "ashby",
    sourceId: job.id,
    title: job.title,
    company: companyFromBoard(source),
    url: job.jobUrl,
    applyUrl: job.applyUrl ?? null,
    locations: [job.location, ...(job.secondaryLocations ?? []).map((s) => s.location)],
    places: places(job),
    remoteHint: job.workplaceType ?? (job.isRemote ? true : null),
    employmentType: job.employmentType ?? null,
    salary: salary
      ? {
          min: salary.minValue ?? null,
          max: salary.maxValue ?? null,
          currency: salary.currencyCode ?? null,
          period: salary.interval ?? null,
        }
      : null,
    salaryText: job.compensation?.scrapeableCompensationSalarySummary ?? null,
    descriptionHtml: job.descriptionHtml ?? null,
    descriptionText: job.descriptionPlain ?? null,
    postedAt: job.publishedAt ?? null,
    department: job.department ?? null,
    tags: [job.department, job.team].filter((t): t is string => !!t),
  };
}
