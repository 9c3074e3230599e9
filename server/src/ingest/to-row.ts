import type { NewPostingRow } from "@vanta/db/queries/captures";
import { fingerprint, roleKey } from "@vanta/shared/dedup/fingerprint";
import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import { coreTitle } from "@vanta/shared/normalize/title";

// A normalized posting → a job_postings row: the one row mapper of the posting intake (feeds
// and captures alike). Salary columns hold annual cents (the feed filters on one floor); the
// period as quoted and the per-period cents stay in `extra`.

/** Where a posting came from: a feed we ingest, or a page someone captured in the browser. */
export type PostingOrigin = "feed" | "capture";

export function ingestedPostingRow(p: NormalizedPosting, origin: PostingOrigin = "feed"): NewPostingRow {
  const countries = [...new Set(p.parsedLocations.flatMap((l) => (l.country ? [l.country] : [])))];
  const c = p.compensation;
  return {
    source: p.source,
    sourceId: p.sourceId ?? p.url,
    company: p.company,
    title: p.title,
    normalizedTitle: coreTitle(p.title).toLowerCase(),
    seniority: p.seniority,
    family: p.family,
    locations: p.locations,
    countries,
    remote: p.remote,
    employmentType: p.employmentType,
    salaryMinCents: c?.annualMinCents ?? null,
    salaryMaxCents: c?.annualMaxCents ?? null,
    salaryCurrency: c?.currency ?? null,
    salaryPeriod: c?.period ?? null,
    description: p.description,
    skills: p.skills,
    yearsRequired: p.yearsExperience ? Math.round(p.yearsExperience.min) : null,
    visaSponsorship: p.visaSponsorship,
    clearance: p.clearance.required,
    education: p.education,
    url: p.url,
    // `url` is already canonical (normalizePosting): the same key captures use.
    canonicalUrl: p.url,
    fingerprint: fingerprint(p),
    roleKey: roleKey(p),
    postedAt: p.postedAt,
    validThrough: p.validThrough,
    closed: p.closed,
    extra: {
      applyUrl: p.applyUrl,
      department: p.department,
      tags: p.tags,
      compensation: c,
      parsedLocations: p.parsedLocations,
      yearsExperience: p.yearsExperience,
      clearanceLevel: p.clearance.level,
      // Marks rows that came from someone's browser: feed refreshes only take ingested postings.
      ...(origin === "capture" ? { capturedBy: "extension" } : {}),
    },
  };
}
