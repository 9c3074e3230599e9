// Lever hosted postings (jobs.lever.co/<company>/<uuid>[/apply]). Verified on: corpus
// 1-posting-pages/lever/lever-zoox-tpm-autonomy-ops.html and lever-brightmachines-sr-tpm.html
// (apply pages: header + categories, description only in og:description); fixtures
// tests/fixtures/pages/lever/{job.html (posting page with description sections), closed.html}.
export const selectors = {
  title: ['h2[data-qa="posting-name"]', ".posting-headline h2", ".posting-header h2", ".posting-headline h1"],
  location: [".posting-categories .location", ".posting-category.location"],
  commitment: [".posting-categories .commitment", ".posting-category.commitment"],
  workplace: [".posting-categories .workplaceTypes", ".posting-category.workplaceTypes"],
  description: ['[data-qa="job-description"]', ".posting-page .section-wrapper.page-full-width"],
  sections: [".posting-page .section.page-centered", ".content .section.page-centered"],
  salary: ['[data-qa="salary-range"]', ".posting-salary", ".salary-range"],
  logo: [".main-header-logo img[alt]"],
  closedNotice: [".posting-closed", ".closed-posting", ".page-error", ".error-page"],
  signature: [
    ".posting-categories",
    ".posting-headline",
    'img[alt="Lever logo"]',
    'a[href*="lever.co/job-seeker-support"]',
  ],
} as const;
