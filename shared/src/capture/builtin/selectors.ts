// Built In (builtin.com and its city sites builtinsf.com, builtinnyc.com, …: /job/<slug>/<id>).
// Verified on: corpus 1-posting-pages/builtin/builtin-sf-job{1..6}.html (2026: JSON-LD with
// entity-encoded type attribute, Font Awesome icon rows for work type/location/salary);
// fixtures tests/fixtures/pages/builtin/{job.html, multi-location.html}; scout-2 builtin/yiakhuat-builtin-mongodb-…html
// ("Remote or Hybrid" + JSON-LD TELECOMMUTE, Similar Jobs widget with other companies' salaries).
export const selectors = {
  title: ["#main h1", ".job-post-item h1", "h1"],
  company: ['[data-id="company-title"]', ".job-post-item h2 a", 'a[href^="/company/"] h2'],
  /** the icon row holding each fact: work type, location, salary, seniority */
  workType: [".fa-house-building", ".fa-building", ".fa-signal-stream"],
  location: [".fa-location-dot"],
  salary: [".fa-sack-dollar"],
  description: ['[id^="job-post-body-"]', ".job-description", ".html-parsed-content"],
  /** the posting's own card (ids are "job-card-<id>"; the Similar Jobs widget repeats the markup) */
  card: ['[id^="job-card-"]'],
  signature: ['[id^="job-post-body-"]', '[data-id="company-title"]'],
} as const;
