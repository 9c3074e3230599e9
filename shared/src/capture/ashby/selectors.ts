// Ashby job boards (jobs.ashbyhq.com/<org>/<uuid>). Verified on: corpus 1-posting-pages/ashby/
// ashby-superhuman-sr-tpm-growth.html and ashby-superhuman-staff-tpm-coda.html (server HTML is an
// empty #root + JSON-LD + window.__appData.posting); fixture tests/fixtures/pages/ashby/job.html
// (same, plus the rendered DOM the SPA draws: .ashby-job-posting-heading, _section headings).
export const selectors = {
  title: [".ashby-job-posting-heading", "h1[class*='_title']", "h1"],
  description: ["[class*='_descriptionText']", ".ashby-job-posting-description", "#overview"],
  signature: ['link[href*="ashbyprd.com"]', 'script[src*="ashbyprd.com"]', ".ashby-job-posting-heading"],
} as const;

export const appDataMarker = "window.__appData =";
