import type { JsonResume } from "@vanta/shared/resume/schema";

// The demo user's resume (a fictional person), as JSON Resume, and the same as plain text for matching.

export const DEMO_EMAIL = "demo@vanta.localhost";

export const demoResume: JsonResume = {
  basics: {
    name: "Alex Morgan",
    label: "Senior Backend Engineer",
    email: DEMO_EMAIL,
    phone: "+1 555 0100",
    summary:
      "Backend engineer with 7 years building payment and data APIs in TypeScript, Go and PostgreSQL; on-call owner of high-traffic services.",
    location: { city: "New York", region: "NY", countryCode: "US" },
    profiles: [{ network: "GitHub", username: "alexmorgan-demo", url: "https://github.com/alexmorgan-demo" }],
  },
  work: [
    {
      name: "Ledgerline",
      position: "Senior Backend Engineer",
      location: "New York, NY",
      startDate: "2022-03",
      highlights: [
        "Designed the card-authorization API in TypeScript and PostgreSQL, serving 40M requests a day at p99 under 80 ms",
        "Moved event processing to Kafka, cutting settlement delays from hours to minutes",
        "Led the on-call rotation for 6 services and wrote the incident runbooks",
      ],
    },
    {
      name: "Brightcart",
      position: "Software Engineer",
      location: "Boston, MA",
      startDate: "2019-06",
      endDate: "2022-02",
      highlights: [
        "Built REST and gRPC services in Go for checkout and inventory",
        "Introduced Terraform for AWS infrastructure across 3 teams",
      ],
    },
    {
      name: "Datanook",
      position: "Junior Software Engineer",
      startDate: "2018-01",
      endDate: "2019-05",
      highlights: ["Wrote ETL jobs in Python and SQL feeding the analytics warehouse"],
    },
  ],
  education: [
    { institution: "Rutgers University", area: "Computer Science", studyType: "Bachelor of Science", endDate: "2017" },
  ],
  skills: [
    { name: "Languages", keywords: ["TypeScript", "Go", "Python", "SQL"] },
    { name: "Data", keywords: ["PostgreSQL", "Kafka", "Redis"] },
    { name: "Infrastructure", keywords: ["AWS", "Terraform", "Kubernetes", "Node.js"] },
  ],
};

export function resumeAsText(r: JsonResume): string {
  const lines: string[] = [
    r.basics?.name ?? "",
    r.basics?.label ?? "",
    r.basics?.email ?? "",
    "",
    r.basics?.summary ?? "",
  ];
  lines.push("", "EXPERIENCE");
  for (const w of r.work ?? []) {
    lines.push(`${w.position} — ${w.name} (${w.startDate} – ${w.endDate ?? "Present"})`);
    for (const h of w.highlights ?? []) lines.push(`- ${h}`);
  }
  lines.push("", "EDUCATION");
  for (const e of r.education ?? []) lines.push(`${e.studyType} in ${e.area}, ${e.institution} (${e.endDate})`);
  lines.push("", "SKILLS");
  for (const s of r.skills ?? []) lines.push(`${s.name}: ${(s.keywords ?? []).join(", ")}`);
  return lines.join("\n");
}
