// `pnpm bench ingest [--count N]`: postings normalized per second (HTML → text, salary, places,
// years, visa, … plus title/skills classification) and deduplicated per second (shared/dedup
// clustering) over corpus-derived postings (RemoteOK, Remotive, USAJOBS captures, Uber careers,
// JobSpy outputs), repeated with variations up to N; synthetic postings when the corpus is absent.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { providers } from "@vanta/server/ingest/providers/index";
import { clusterPostings } from "@vanta/shared/dedup/cluster";
import { titleClassifier } from "@vanta/shared/normalize/classify";
import { normalizePosting } from "@vanta/shared/normalize/from-raw";
import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import type { RawPosting } from "@vanta/shared/normalize/raw";

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(here, "../../../../shared/corpus");
const now = new Date("2026-03-20T00:00:00Z");

const readJson = (rel: string): unknown => JSON.parse(readFileSync(join(CORPUS, rel), "utf8"));

function fromProvider(name: "remoteok" | "remotive" | "usajobs", rel: string): RawPosting[] {
  const p = providers[name];
  return p.items(readJson(rel)).flatMap((item) => {
    const parsed = p.item.safeParse(item);
    return parsed.success ? [p.map(parsed.data, { provider: name })] : [];
  });
}

interface UberJob {
  url: string;
  title: string;
  locations?: string[];
  description?: string;
}
interface JobSpyRow {
  id: string;
  job_url: string;
  title: string;
  company: string;
  location: string;
  description: string | null;
  date_posted: string | null;
  min_amount: number | string | null;
  max_amount: number | string | null;
  currency: string | null;
  interval: string | null;
  is_remote: boolean | string | null;
}

function corpusPostings(): RawPosting[] {
  const out: RawPosting[] = [
    ...fromProvider("remoteok", "2-api-responses/remoteok/remoteok-api-2026-03.json"),
    ...fromProvider("remotive", "2-api-responses/remotive/remotive-api-capture-b.json"),
    ...fromProvider("usajobs", "2-api-responses/usajobs/usajobs-search-2016.json"),
  ];
  const uber = readJson("5-listings/stapply-uber-jobs.json") as { jobs: UberJob[] };
  for (const [i, j] of uber.jobs.entries())
    out.push({
      source: "uber",
      sourceId: String(i),
      title: j.title,
      company: "Uber",
      url: j.url,
      locations: j.locations ?? [],
      descriptionText: j.description ?? "",
    });
  for (const f of ["glassdoor", "linkedin", "greenhouse", "google_careers", "apple"]) {
    const rel = `5-listings/jobspy-outputs/jobspy-${f}_jobs.json`;
    if (!existsSync(join(CORPUS, rel))) continue;
    for (const r of readJson(rel) as JobSpyRow[]) {
      const num = (v: unknown) => (typeof v === "number" ? v : Number(v) || null);
      out.push({
        source: f,
        sourceId: r.id,
        title: r.title,
        company: r.company,
        url: r.job_url,
        locations: [r.location],
        remoteHint: r.is_remote === true || r.is_remote === "True" ? true : null,
        salary:
          num(r.min_amount) || num(r.max_amount)
            ? { min: num(r.min_amount), max: num(r.max_amount), currency: r.currency ?? "USD", period: r.interval }
            : null,
        descriptionText: r.description ?? "",
        postedAt: r.date_posted,
      });
    }
  }
  return out.filter((p) => (p.descriptionText ?? p.descriptionHtml ?? "").length > 0);
}

function syntheticPostings(n: number): RawPosting[] {
  const titles = ["Senior Software Engineer", "Data Analyst", "Product Manager", "Staff SRE", "Junior Designer"];
  const places = ["San Francisco, CA", "Remote - US", "Berlin, Germany", "London, UK", "Toronto, ON"];
  return Array.from({ length: n }, (_, i) => ({
    source: "synthetic",
    sourceId: String(i),
    title: titles[i % titles.length] as string,
    company: `Company ${i % 97}`,
    url: `https://example.com/jobs/${i}?utm_source=x`,
    locations: [places[i % places.length] as string],
    descriptionHtml: `<p>We build things with TypeScript, Python and PostgreSQL.</p><ul><li>${(i % 8) + 1}+ years of experience</li><li>Bachelor's degree</li></ul><p>Salary: $${100 + (i % 50)},000 - $${150 + (i % 50)},000 per year. We are unable to sponsor visas.</p>`,
    postedAt: `${(i % 28) + 1} days ago`,
  }));
}

/** Copies with new ids, and every tenth an exact re-post on another source (dedup has work to do). */
function expand(base: RawPosting[], n: number): RawPosting[] {
  const out: RawPosting[] = [];
  for (let i = 0; out.length < n; i++) {
    const p = base[i % base.length] as RawPosting;
    const round = Math.floor(i / base.length);
    if (round === 0) out.push(p);
    else if (i % 10 === 0)
      out.push({ ...p, source: `${p.source}-mirror`, sourceId: `${p.sourceId}-m${round}`, url: `${p.url}#m${round}` });
    else
      out.push({
        ...p,
        sourceId: `${p.sourceId}-r${round}`,
        title: `${p.title} ${round}`,
        url: `${p.url}${p.url.includes("?") ? "&" : "?"}r=${round}`,
      });
  }
  return out;
}

export async function main(args: string[]): Promise<void> {
  const at = args.indexOf("--count");
  const count = at >= 0 ? Number(args[at + 1]) : 5_000;
  const hasCorpus = existsSync(join(CORPUS, "2-api-responses"));
  const base = hasCorpus ? corpusPostings() : syntheticPostings(500);
  const input = expand(base, count);
  console.log(`ingest bench: ${input.length} postings (${hasCorpus ? `${base.length} corpus-derived` : "synthetic"})`);

  // warm-up: JIT and the skills vocabulary
  for (const p of input.slice(0, 200)) normalizePosting(p, { now, classify: titleClassifier });

  const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
  let t = performance.now();
  for (const p of input) normalizePosting(p, { now });
  const plainMs = performance.now() - t;

  t = performance.now();
  const normalized: NormalizedPosting[] = [];
  let rejected = 0;
  for (const p of input) {
    const r = normalizePosting(p, { now, classify: titleClassifier });
    if (r.ok) normalized.push(r.posting);
    else rejected++;
  }
  const fullMs = performance.now() - t;

  t = performance.now();
  const clusters = clusterPostings(normalized.map((p, i) => ({ ...p, id: String(i) })));
  const dedupMs = performance.now() - t;
  const distinct = new Set(clusters).size;

  const withSalary = normalized.filter((p) => p.compensation).length;
  console.log(`normalize (parsing only):        ${rate(input.length, plainMs)} postings/s (${plainMs.toFixed(0)} ms)`);
  console.log(`normalize + classify (skills…):  ${rate(input.length, fullMs)} postings/s (${fullMs.toFixed(0)} ms)`);
  console.log(
    `deduplicate (shared/dedup):       ${rate(normalized.length, dedupMs)} postings/s (${dedupMs.toFixed(0)} ms)`,
  );
  console.log(
    `result: ${normalized.length} valid, ${rejected} rejected, ${withSalary} with salary, ${distinct} clusters from ${normalized.length}`,
  );
  console.log(
    JSON.stringify({
      bench: "ingest",
      postings: input.length,
      normalizePerSec: rate(input.length, plainMs),
      normalizeClassifyPerSec: rate(input.length, fullMs),
      dedupPerSec: rate(normalized.length, dedupMs),
      rejected,
      clusters: distinct,
    }),
  );
}
