// Glassdoor (glassdoor.com / .fr / .co.uk / .de …): search results with the job pane open
// (/Job/…, /Emploi/…, ?jl=<listing id>) and job-listing pages. Verified on: scout-2
// glassdoor/khaledbouabdallah-glassdoor-fr-serp-with-pane-pwc-consultant-manager.html (France, Nov 2025:
// hashed CSS-module classes "JobDetails_*__xxxx", data-test hooks); fixture tests/fixtures/pages/glassdoor/serp-pane.html.
export const selectors = {
  /** the open job pane: everything is read inside it, never from the cards list */
  pane: ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]', '[class*="JobDetails_"]'],
  title: ['h1[id^="jd-job-title-"]', '[data-test="job-details-header"] h1', "h1"],
  company: [
    '[class*="EmployerProfile_employerNameHeading"]',
    '[data-test="employer-name"]',
    '[class*="EmployerProfile_employerName"]',
  ],
  logo: ['[data-test="job-details-header"] img[alt]'],
  location: ['[data-test="job-details-header"] [data-test="location"]', '[data-test="location"]'],
  salary: ['[data-test="detailSalary"]', '[class*="SalaryEstimate"]'],
  description: ['[class*="JobDetails_jobDescription"]', '[class*="jobDescriptionContent"]'],
  /** the card list of a search page without a pane */
  cards: ['[data-test="jobListing"]', '[data-test="job-card-wrapper"]'],
  signature: ['[data-test="job-details-header"]', '[class*="JobDetails_jobDetailsContainer"]'],
} as const;
