// SmartRecruiters (jobs.smartrecruiters.com/<Company>/<id>-<slug>). Not in the corpus; selectors from
// SmartRecruiters' posting markup (schema.org microdata + st-* sections); fixtures
// tests/fixtures/pages/smartrecruiters/{job.html, expired.html}.
export const selectors = {
  title: ["h1.job-title", '[itemprop="title"]'],
  company: [
    '[itemprop="hiringOrganization"] [itemprop="name"]',
    'meta[itemprop="hiringOrganization"]',
    ".header-logo img[alt]",
  ],
  location: ["spl-job-location[formattedaddress]", '[itemprop="jobLocation"]', ".job-details .job-detail:first-child"],
  details: [".job-details .job-detail", "li.job-detail"],
  description: ['[itemprop="description"]', ".job-sections"],
  closedNotice: [".job-expired", ".expired-job", ".opening-closed"],
  signature: ["h1.job-title[itemprop='title']", "#st-jobDescription", "spl-job-location"],
} as const;
