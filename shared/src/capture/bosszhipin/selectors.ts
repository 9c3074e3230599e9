// BOSS直聘 (www.zhipin.com/job_detail/<id>.html, Chinese). Verified on: scout-2
// boss-zhipin/eternal60f3-bosszhipin-chinese-autocad-developer-beijing.html (2025: server HTML, no JSON-LD;
// top box .job-primary with h1, ".salary" "25-50K·14薪", city/experience/degree; a similar-jobs list
// with other companies' salaries in the sidebar); fixture tests/fixtures/pages/bosszhipin/job.html.
export const selectors = {
  top: [".job-primary", ".job-banner"],
  title: [".name h1", "h1"],
  salary: [".name .salary", ".salary"],
  city: [".text-city", ".job-primary p a"],
  company: [".sider-company .company-info a[title]", ".company-info a[title]", ".job-boss-info .boss-info-attr"],
  description: [".job-detail .job-sec-text", ".job-sec-text"],
  closed: [".job-status"],
  signature: [".job-primary .name h1", ".job-sec-text"],
} as const;
