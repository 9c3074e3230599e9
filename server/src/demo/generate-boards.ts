/**
 * Writes the demo's saved provider responses (server/src/demo/boards/*.json): eight fictional companies'
 * boards in the Greenhouse Job Board API and Lever Postings API formats, ~200 postings across job families,
 * seniorities, locations and pay. Deterministic (seeded), so a re-run reproduces the same files.
 * Run: pnpm tsx server/src/demo/generate-boards.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";

let seed = 20261129;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const some = <T>(xs: readonly T[], n: number): T[] => [...xs].sort(() => rand() - 0.5).slice(0, n);

interface Family {
  titles: string[];
  must: string[];
  nice: string[];
  duties: string[];
  pay: [number, number];
}

const families: Record<string, Family> = {
  backend: {
    titles: ["Backend Engineer", "Software Engineer, Payments", "Platform Engineer", "Software Engineer, API"],
    must: ["TypeScript or Go", "PostgreSQL", "REST and gRPC APIs", "distributed systems", "AWS", "Node.js", "Kafka"],
    nice: ["Kubernetes", "Terraform", "Redis", "event sourcing", "observability with OpenTelemetry"],
    duties: [
      "design and ship services that handle millions of requests a day",
      "own the on-call rotation for your services",
      "review designs and mentor engineers",
      "improve reliability and latency of our core APIs",
    ],
    pay: [120_000, 210_000],
  },
  frontend: {
    titles: ["Frontend Engineer", "Software Engineer, Web", "Design Engineer", "React Engineer"],
    must: ["React", "TypeScript", "CSS", "accessibility (WCAG)", "testing with Playwright"],
    nice: ["Next.js", "design systems", "GraphQL", "performance profiling"],
    duties: [
      "build product surfaces used by thousands of customers",
      "partner with designers on our component library",
      "raise the bar on web performance",
    ],
    pay: [110_000, 190_000],
  },
  data: {
    titles: ["Data Engineer", "Analytics Engineer", "Data Scientist", "Machine Learning Engineer"],
    must: ["Python", "SQL", "dbt", "Airflow", "statistics", "Spark"],
    nice: ["PyTorch", "Snowflake", "experimentation platforms", "LLM evaluation"],
    duties: [
      "build pipelines that feed our product analytics",
      "design experiments and explain the results",
      "ship models to production",
    ],
    pay: [115_000, 200_000],
  },
  product: {
    titles: ["Product Manager", "Technical Program Manager", "Product Manager, Growth"],
    must: ["product discovery", "roadmapping", "working with engineering and design", "SQL for analysis"],
    nice: ["B2B SaaS", "pricing", "experimentation"],
    duties: ["own a product area end to end", "talk to customers every week", "write clear specs and measure outcomes"],
    pay: [130_000, 210_000],
  },
  design: {
    titles: ["Product Designer", "UX Researcher", "Brand Designer"],
    must: ["Figma", "interaction design", "user research", "prototyping"],
    nice: ["design systems", "motion design", "accessibility"],
    duties: ["design flows from sketch to shipped", "run usability studies", "shape our visual language"],
    pay: [100_000, 170_000],
  },
  sales: {
    titles: ["Account Executive", "Sales Development Representative", "Customer Success Manager", "Solutions Engineer"],
    must: ["B2B sales", "Salesforce", "pipeline management", "negotiation"],
    nice: ["SaaS", "technical demos", "MEDDIC"],
    duties: ["own a book of business", "run discovery calls and demos", "partner with product on customer feedback"],
    pay: [70_000, 160_000],
  },
  nursing: {
    titles: ["Registered Nurse, ICU", "Nurse Practitioner", "Clinical Nurse Educator"],
    must: ["active RN license", "BLS and ACLS", "patient assessment", "electronic health records (Epic)"],
    nice: ["critical care experience", "BSN", "charge nurse experience"],
    duties: [
      "provide direct patient care",
      "coordinate with physicians and care teams",
      "educate patients and families",
    ],
    pay: [85_000, 140_000],
  },
};

const seniorities = [
  { prefix: "", years: 3, mult: 1 },
  { prefix: "Senior ", years: 5, mult: 1.2 },
  { prefix: "Staff ", years: 8, mult: 1.45 },
  { prefix: "Junior ", years: 1, mult: 0.75 },
];

const companies = [
  {
    name: "Northwind Pay",
    token: "northwind",
    ats: "greenhouse",
    families: ["backend", "frontend", "data", "product"],
    places: ["San Francisco, CA", "New York, NY", "Remote - US"],
  },
  {
    name: "Lumen Health",
    token: "lumenhealth",
    ats: "greenhouse",
    families: ["nursing", "data", "product"],
    places: ["Boston, MA", "Chicago, IL", "Austin, TX"],
  },
  {
    name: "Orbital Analytics",
    token: "orbital",
    ats: "greenhouse",
    families: ["data", "backend"],
    places: ["Seattle, WA", "Remote - US", "Denver, CO"],
  },
  {
    name: "Fernleaf",
    token: "fernleaf",
    ats: "greenhouse",
    families: ["design", "frontend", "product"],
    places: ["Berlin, Germany", "London, United Kingdom", "Remote - Europe"],
  },
  {
    name: "Cobalt Robotics Labs",
    token: "cobaltlabs",
    ats: "greenhouse",
    families: ["backend", "data"],
    places: ["Pittsburgh, PA", "San Francisco, CA"],
  },
  {
    name: "Harbor CRM",
    token: "harborcrm",
    ats: "lever",
    families: ["sales", "product", "frontend"],
    places: ["New York, NY", "Toronto, Canada", "Remote"],
  },
  {
    name: "Quill Learning",
    token: "quill",
    ats: "lever",
    families: ["frontend", "design", "sales"],
    places: ["Austin, TX", "Remote"],
  },
  {
    name: "Meridian Care",
    token: "meridiancare",
    ats: "lever",
    families: ["nursing", "sales"],
    places: ["Phoenix, AZ", "Dallas, TX", "Atlanta, GA"],
  },
] as const;

const BASE_DAY = Date.parse("2026-11-27T09:00:00Z");

function description(f: Family, years: number, company: string, pay: [number, number] | null, place: string): string {
  const must = some(f.must, 4);
  const nice = some(f.nice, 2);
  const duties = some(f.duties, 2);
  return [
    `<p>${company} is hiring. ${place.startsWith("Remote") ? "This role is fully remote." : `This role is based in ${place}, hybrid three days a week.`}</p>`,
    "<h3>What you'll do</h3><ul>",
    ...duties.map((d) => `<li>${d[0]?.toUpperCase()}${d.slice(1)}</li>`),
    "</ul><h3>Requirements</h3><ul>",
    `<li>${years}+ years of relevant experience</li>`,
    ...must.map((m) => `<li>Experience with ${m}</li>`),
    "</ul><h3>Nice to have</h3><ul>",
    ...nice.map((n) => `<li>${n}</li>`),
    "</ul>",
    pay
      ? `<p>The base salary range for this role is $${pay[0].toLocaleString("en-US")} - $${pay[1].toLocaleString("en-US")} per year.</p>`
      : "",
  ].join("\n");
}

const round5k = (n: number) => Math.round(n / 5000) * 5000;
let total = 0;
for (const c of companies) {
  const jobs: unknown[] = [];
  const n = 24 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    const famName = pick(c.families);
    const f = families[famName] as Family;
    const s = pick(seniorities);
    const title = `${s.prefix}${pick(f.titles)}`;
    const place = pick(c.places);
    const pay: [number, number] | null = rand() < 0.7 ? [round5k(f.pay[0] * s.mult), round5k(f.pay[1] * s.mult)] : null;
    const posted = new Date(BASE_DAY - Math.floor(rand() * 20) * 86_400_000 - Math.floor(rand() * 8) * 3_600_000);
    const html = description(f, s.years, c.name, pay, place);
    const id = 4_100_000 + total * 37 + i;
    if (c.ats === "greenhouse") {
      jobs.push({
        id,
        title,
        absolute_url: `https://boards.greenhouse.io/${c.token}/jobs/${id}`,
        updated_at: posted.toISOString(),
        first_published: posted.toISOString(),
        company_name: c.name,
        location: { name: place },
        content: html.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
        departments: [{ name: famName }],
        offices: [{ name: place, location: place }],
      });
    } else {
      const uuid = `${id.toString(16).padStart(8, "0")}-demo-4${i.toString().padStart(3, "0")}-8000-${c.token.padEnd(12, "0").slice(0, 12)}`;
      jobs.push({
        id: uuid,
        text: title,
        hostedUrl: `https://jobs.lever.co/${c.token}/${uuid}`,
        applyUrl: `https://jobs.lever.co/${c.token}/${uuid}/apply`,
        createdAt: posted.getTime(),
        workplaceType: place.startsWith("Remote") ? "remote" : "hybrid",
        categories: { location: place, commitment: "Full-time", team: famName },
        description: html,
        descriptionPlain: html
          .replace(/<[^>]+>/g, "\n")
          .replace(/\n+/g, "\n")
          .trim(),
        ...(pay ? { salaryRange: { currency: "USD", interval: "per-year-salary", min: pay[0], max: pay[1] } } : {}),
      });
    }
  }
  total += jobs.length;
  const body = c.ats === "greenhouse" ? { jobs, meta: { total: jobs.length } } : jobs;
  writeFileSync(join(import.meta.dirname, "boards", `${c.ats}-${c.token}.json`), `${JSON.stringify(body, null, 1)}\n`);
}
process.stderr.write(`wrote ${total} demo postings for ${companies.length} boards\n`);
