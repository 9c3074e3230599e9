// Wellfound, formerly AngelList Talent (wellfound.com/jobs/<id>-<slug>, Next.js). Not in the corpus;
// selectors from Wellfound's job page (JSON-LD JobPosting + hashed "styles_*" classes, so attribute
// substring selectors); fixture tests/fixtures/pages/wellfound/job.html.
export const selectors = {
  title: ["h1", '[class*="styles_title"]'],
  company: ['a[href^="/company/"] h2', 'a[href^="/company/"] [class*="name"]', 'a[href^="/company/"]'],
  compensation: ['[class*="styles_compensation"]', '[class*="compensation"]'],
  location: ['[class*="styles_location"]', '[class*="location"]'],
  badges: ['[class*="styles_tag"]', '[class*="styles_badge"]', '[class*="characteristic"]'],
  description: ['[class*="styles_description"]', '[data-test="JobDescription"]', "#job-description"],
  signature: [
    'a[href^="/company/"][href*="/jobs"]',
    'meta[property="og:site_name"][content="Wellfound"]',
    'div[class*="styles_jobDetail"]',
  ],
} as const;
