// Teamtailor career sites (<company>.teamtailor.com/jobs/<id>-<slug>, or the company's own domain).
// Verified on: scout-2 teamtailor/sqverful-teamtailor-harper-senior-software-engineer-with-apply-form.html
// (2025: JSON-LD JobPosting; cover header "Technology · London · Hybrid"; a Department/Locations/Remote
// status <dl>); fixture tests/fixtures/pages/teamtailor/job.html.
export const selectors = {
  /** the cover header line: department · location · workplace (the first one; the apply overlay repeats it) */
  headerLine: [".block-cover [data-variabletextwrapper] > div.uppercase", ".block-cover .uppercase"],
  title: [".block-cover h1", "h1"],
  /** facts list below the description: dt label / dd value */
  facts: ["dl.company-links"],
  description: [".block-cover ~ section .prose", '[data-controller*="jobs--show"] .prose', ".prose"],
  signature: ['[data-careersite--jobs--form-overlay-target="cover"]', "dl.company-links", ".careersite-button"],
} as const;
