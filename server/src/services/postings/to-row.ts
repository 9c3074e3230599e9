import type { PostingRow } from "@vanta/db/queries/captures";
import { ANNUAL_FACTOR } from "@vanta/shared/normalize/salary";
import type { Posting } from "@vanta/shared/posting";

// A stored job_postings row → the shared Posting contract (rows are written by the one intake:
// services/postings/intake.ts with the row mapper in ingest/to-row.ts).

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
