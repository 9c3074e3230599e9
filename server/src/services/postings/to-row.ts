import type { NewPostingRow, PostingRow } from "@vanta/db/queries/captures";
import { fingerprint } from "@vanta/shared/dedup/fingerprint";
import { parseYearsRequired } from "@vanta/shared/normalize/experience";
import { parseLocations } from "@vanta/shared/normalize/location";
import { ANNUAL_FACTOR, salaryFromRange } from "@vanta/shared/normalize/salary";
import { seniorityFromTitle } from "@vanta/shared/normalize/seniority";
import { extractSkills } from "@vanta/shared/normalize/skills";
import { coreTitle, occupationFamily } from "@vanta/shared/normalize/title";
import { canonicalUrl } from "@vanta/shared/normalize/url";
import { detectVisaSponsorship } from "@vanta/shared/normalize/visa";
import type { Posting } from "@vanta/shared/posting";

// A captured Posting (what the extension extracted from the page) → a job_postings row, and back.

export function capturedPostingRow(p: Posting): NewPostingRow {
  const canonical = canonicalUrl(p.url) ?? p.url;
  const salary = p.salary ? salaryFromRange({ ...p.salary }) : null;
  const countries = [...new Set(parseLocations(p.locations).flatMap((l) => (l.country ? [l.country] : [])))];
  const years = parseYearsRequired(p.description);
  return {
    source: p.source,
    // Captures from sites without a stable job id are keyed by their canonical URL.
    sourceId: p.sourceId ?? canonical,
    company: p.company,
    title: p.title,
    normalizedTitle: coreTitle(p.title).toLowerCase(),
    seniority: seniorityFromTitle(p.title),
    family: occupationFamily(p.title),
    locations: p.locations,
    countries,
    remote: p.remote,
    employmentType: p.employmentType,
    salaryMinCents: salary?.annualMinCents ?? null,
    salaryMaxCents: salary?.annualMaxCents ?? null,
    salaryCurrency: salary?.currency ?? null,
    salaryPeriod: salary?.period ?? null,
    description: p.description,
    skills: [...new Set(extractSkills(p.description).map((s) => s.id))].slice(0, 300),
    yearsRequired: years ? Math.round(years.min) : null,
    visaSponsorship: detectVisaSponsorship(p.description),
    url: p.url,
    canonicalUrl: canonical,
    // The same key ingestion stores, so a capture finds the ingested copy of its job.
    fingerprint: fingerprint(p),
    postedAt: p.postedAt ? p.postedAt.slice(0, 10) : null,
    closed: p.closed,
    // Marks rows that came from someone's browser: feed refreshes only take ingested postings.
    extra: { capturedBy: "extension" },
  };
}

/** Stored annual cents → the Posting salary in the period the posting quoted. */
function salaryOf(row: PostingRow): Posting["salary"] {
  if (!row.salaryCurrency || (row.salaryMinCents === null && row.salaryMaxCents === null)) return null;
  const period = (row.salaryPeriod ?? "year") as keyof typeof ANNUAL_FACTOR;
  const factor = ANNUAL_FACTOR[period] ?? 1;
  const back = (c: number | null) => (c === null ? null : Math.round((c / 100 / factor) * 100) / 100);
  return { min: back(row.salaryMinCents), max: back(row.salaryMaxCents), currency: row.salaryCurrency, period };
}

/** A stored row as the shared Posting contract (what matching scores). */
export function rowToPosting(row: PostingRow): Posting {
  return {
    title: row.title,
    company: row.company,
    locations: row.locations,
    remote: row.remote,
    employmentType: row.employmentType,
    salary: salaryOf(row),
    description: row.description,
    postedAt: row.postedAt,
    closed: row.closed,
    source: row.source,
    sourceId: row.sourceId,
    url: row.url,
  };
}
