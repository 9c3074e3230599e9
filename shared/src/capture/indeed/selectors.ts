// Indeed. Verified on: corpus 1-posting-pages/indeed/marwan562-indeed-serp-frontend-egypt.html
// (search results with the embedded right-hand pane, "jobsearch-ViewJobLayout--embedded", 2026);
// fixtures tests/fixtures/pages/indeed/{viewjob.html (/viewjob?jk=), search-pane.html (?vjk=), expired.html}.
export const selectors = {
  pane: [
    ".jobsearch-ViewJobLayout--embedded",
    ".jobsearch-ViewJobLayout",
    "#jobsearch-ViewjobPaneWrapper",
    ".jobsearch-JobComponent",
  ],
  title: [
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    ".jobsearch-JobInfoHeader-title",
    "h1.jobsearch-JobInfoHeader-title",
  ],
  company: [
    '[data-testid="inlineHeader-companyName"] a',
    '[data-testid="inlineHeader-companyName"]',
    '[data-company-name="true"]',
    ".jobsearch-InlineCompanyRating > div:first-child",
  ],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
    ".jobsearch-JobInfoHeader-subtitle > div:last-child",
  ],
  salary: [
    "#salaryInfoAndJobType .css-19j1a75",
    "#salaryInfoAndJobType span:first-child",
    '[data-testid="jobsearch-OtherJobDetailsContainer"] span',
  ],
  jobType: ["#salaryInfoAndJobType span:last-child", '[data-testid="jobsearch-OtherJobDetailsContainer"]'],
  details: ["#jobDetailsSection", '[data-testid="jobsearch-OtherJobDetailsContainer"]', "#salaryInfoAndJobType"],
  description: ["#jobDescriptionText", ".jobsearch-jobDescriptionText"],
  selectedCard: [".vjs-highlight a[data-jk]", ".job_seen_beacon a[data-jk][aria-selected]"],
  closedNotice: [
    ".jobsearch-JobInfoHeader-expiredHeader",
    '[data-testid="expired-job-header"]',
    ".jobsearch-ExpiredJob",
  ],
  cards: ["a[data-jk]", ".job_seen_beacon", '[data-testid="slider_item"]'],
  signature: ["#jobDescriptionText", '[data-testid="jobsearch-JobInfoHeader-title"]'],
} as const;
