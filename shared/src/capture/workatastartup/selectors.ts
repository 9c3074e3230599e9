// Y Combinator's Work at a Startup (www.workatastartup.com/jobs/<id>). Verified on: scout-2
// company-career-page/santifer-yc-workatastartup-vectorshift-backend-engineer-india.html (2026: Inertia app,
// the job and company as JSON in `<div data-page>` props; no JSON-LD; the company's other jobs listed
// with their own salaries below); fixture tests/fixtures/pages/workatastartup/job.html.
export const selectors = {
  /** Inertia's server-rendered page state */
  state: ["[data-page]"],
  title: ["h1"],
  signature: ['[data-page*="JobDetailPage"]'],
} as const;
