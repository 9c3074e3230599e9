// LinkedIn jobs. Verified on: corpus 1-posting-pages/linkedin/jobosint-linkedin-job-view-loggedin-{1,2}.html
// (/jobs/view/<id>, logged-in "jobs-unified-top-card" markup, 2023) and
// jobosint-linkedin-jobs-collection-results.html (search/collection detail pane, currentJobId);
// fixtures tests/fixtures/pages/linkedin/{job-view.html, search-pane.html (2024+ "job-details-jobs-unified-top-card"
// markup), public-view.html (logged-out top-card-layout), closed.html}.
export const selectors = {
  pane: [".jobs-search__job-details--container", ".jobs-details", ".job-view-layout", ".top-card-layout", "main"],
  title: [
    ".job-details-jobs-unified-top-card__job-title h1",
    ".job-details-jobs-unified-top-card__job-title",
    ".jobs-unified-top-card__job-title",
    ".top-card-layout__title",
    ".topcard__title",
  ],
  company: [
    ".job-details-jobs-unified-top-card__company-name a",
    ".job-details-jobs-unified-top-card__company-name",
    ".jobs-unified-top-card__company-name",
    ".jobs-unified-top-card__primary-description a[href*='/company/']",
    ".topcard__org-name-link",
    ".top-card-layout .topcard__flavor a",
  ],
  /** "Company · City, ST (Remote) · 3 days ago · 62 applicants" */
  primaryLine: [
    ".job-details-jobs-unified-top-card__primary-description-container",
    ".job-details-jobs-unified-top-card__tertiary-description-container",
    ".jobs-unified-top-card__primary-description",
  ],
  bullet: [".jobs-unified-top-card__bullet", ".topcard__flavor--bullet"],
  workplaceType: [
    ".jobs-unified-top-card__workplace-type",
    ".job-details-preferences-and-skills__pill",
    ".job-details-fit-level-preferences button",
  ],
  insights: [
    ".jobs-unified-top-card__job-insight",
    ".job-details-jobs-unified-top-card__job-insight",
    ".job-details-preferences-and-skills__pill",
    ".job-details-fit-level-preferences button",
    ".description__job-criteria-item",
  ],
  salary: [
    "#SALARY p",
    ".jobs-details__salary-main-rail-card p",
    ".salary.compensation__salary",
    ".compensation__salary",
  ],
  description: [
    "#job-details",
    ".jobs-description-content__text",
    ".jobs-box__html-content",
    ".show-more-less-html__markup",
    ".description__text",
  ],
  postedOn: [".jobs-description p.t-black--light", ".posted-time-ago__text"],
  closedNotice: [
    ".jobs-details-top-card__apply-error",
    ".jobs-unified-top-card .artdeco-inline-feedback__message",
    ".job-details-jobs-unified-top-card__container--two-pane .artdeco-inline-feedback__message",
    ".closed-job",
    ".top-card-layout__cta-container .closed-job__flavor--closed",
  ],
  signature: [
    ".jobs-unified-top-card",
    ".job-details-jobs-unified-top-card__job-title",
    ".top-card-layout__title",
    '[componentkey^="JobDetails_AboutTheJob_"]',
  ],
  /** 2026 logged-in layout, verified on scout-2 linkedin/xingyoulee-…-2026-ui-…html (hashed classes only) */
  layout2026: {
    about: ['[componentkey^="JobDetails_AboutTheJob_"]', '[data-sdui-component$=".aboutTheJob"]'],
    description: ['[data-testid="expandable-text-box"]'],
    companyLabel: ['[aria-label^="Company, "]'],
    notPosting: ['[componentkey^="JobDetailsSimilarJobsSlot_"]', '[componentkey^="JobDetailsPeopleWhoCanHelpSlot_"]'],
  },
  /** a guest search page (scout-2 linkedin/jeasonyork-…-guest-search-…html): cards, no detail pane */
  listCards: [".base-search-card", ".job-card-container", ".jobs-search-results__list-item"],
} as const;
