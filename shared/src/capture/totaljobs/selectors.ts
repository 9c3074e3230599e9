// Totaljobs (www.totaljobs.com, StepStone group markup with data-at hooks). Verified on: scout-2
// totaljobs/birappa87-totaljobs-uk-serp-sponsorship-jobs.html (a results page: 25 "job-item" cards, JSON-LD
// only BreadcrumbList/FAQPage, no job selected). Job pages (/job/<slug>/<company>-job<id>) carry a
// schema.org JobPosting and the same group's "header-job-title"/"metadata-*" hooks; those detail
// selectors are from the group's job-ad markup and checked on fixture tests/fixtures/pages/totaljobs/job.html only.
export const selectors = {
  title: ['[data-at="header-job-title"]', "h1"],
  company: ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'],
  location: ['[data-at="metadata-location"]'],
  salary: ['[data-at="metadata-salary"]'],
  workType: ['[data-at="metadata-work-type"]', '[data-at="metadata-contract-type"]'],
  description: ['[data-at="job-ad-content"]', '[data-at="section-text-jobDescription-content"]', ".job-ad-display"],
  cards: ['[data-at="job-item"]', '[data-testid="job-item"]'],
  signature: ['[data-at="header-job-title"]', '[data-at="job-item"]'],
} as const;
