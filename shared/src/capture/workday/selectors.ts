// Workday (<tenant>.wd<N>.myworkdayjobs.com/<site>/job/<location>/<title>_<reqId>). Not in the corpus
// (its only Workday page is an application-form step, 3-ats-forms/workday/, used to confirm the
// data-automation-id convention); selectors from Workday's job-detail markup; fixtures
// tests/fixtures/pages/workday/{job.html, closed.html}.
export const selectors = {
  title: ['[data-automation-id="jobPostingHeader"]', 'h2[data-automation-id="jobPostingHeader"]'],
  locations: ['[data-automation-id="locations"] dd'],
  remoteType: ['[data-automation-id="remoteType"] dd'],
  timeType: ['[data-automation-id="time"] dd'],
  postedOn: ['[data-automation-id="postedOn"] dd'],
  requisitionId: ['[data-automation-id="requisitionId"] dd'],
  description: ['[data-automation-id="jobPostingDescription"]'],
  companyName: ['[data-automation-id="jobPostingCompany"]', '[data-automation-id="company"] dd'],
  company: ['[data-automation-id="logo"] img[alt]', 'img[data-automation-id="logo"]'],
  closedNotice: ['[data-automation-id="errorMessage"]', '[data-automation-id="jobPostingUnavailable"]'],
  listTitles: ['[data-automation-id="jobTitle"]'],
  signature: ['[data-automation-id="jobPostingHeader"]', '[data-automation-id="jobPostingDescription"]'],
} as const;
