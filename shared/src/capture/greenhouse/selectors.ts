// Greenhouse job boards. Verified on: corpus 1-posting-pages/greenhouse/
// greenhouse-anthropic-tpm-infrastructure-job-app.html (job-boards.greenhouse.io, Remix board, 2026);
// fixtures tests/fixtures/pages/greenhouse/job.html (same markup), job-legacy.html
// (boards.greenhouse.io classic: #app_title/.company-name/#content), closed.html.
export const selectors = {
  title: [".job__title h1", "h1.app-title", "#header h1", ".job-post h1"],
  legacyCompany: ["#header .company-name", ".company-name"],
  logo: [".image-container img[alt]", ".logo img[alt]", "#logo img[alt]"],
  location: [".job__location", "#header .location", ".location"],
  description: [".job__description", "#content"],
  payRange: [".job__pay-ranges .pay-range", ".pay-range"],
  payAmount: ["p.body:last-child", ".pay-range p:last-child"],
  closedNotice: [".flash-pending", ".flash-error", ".job__closed", "#flash_pending"],
  /** markup that only Greenhouse boards have */
  signature: [".job__description.body", "#app_title", "#grnhse_app"],
} as const;

/** Remix loader data of the new boards holds the whole post as JSON. */
export const remixMarker = "window.__remixContext =";
