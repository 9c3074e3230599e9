import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Posting } from "@vanta/shared/posting";

// Loads real postings from the shared corpus (never copied into the repo) as Posting + id.
// Row ids are "<corpusFile>#<row id>" so labels can reference them without storing text.

export const CORPUS = process.env.VANTA_CORPUS ?? join(import.meta.dirname, "../../../../shared/corpus");

export type CorpusPosting = Posting & { id: string };

function stripHtml(html: string): string {
  return html
    .replace(/<\s*(br|\/p|\/li|\/h\d|\/div)\s*\/?>/gi, "\n")
    .replace(/<li[^>]*>/gi, "\n- ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;|&rsquo;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n");
}

function base(id: string, over: Partial<Posting>): CorpusPosting {
  return {
    id,
    title: "untitled",
    company: "unknown",
    locations: [],
    remote: "unknown",
    employmentType: null,
    salary: null,
    description: "",
    postedAt: null,
    closed: false,
    source: "corpus",
    sourceId: null,
    url: "https://example.invalid/",
    ...over,
  };
}

interface UberJob {
  id: string | number;
  title: string;
  locations?: string[];
  description?: string;
  url: string;
  creation_date?: string;
}

interface JobSpyRow {
  id: string;
  site: string;
  job_url: string;
  title: string;
  company: string | null;
  location: string | null;
  date_posted: string | null;
  description: string | null;
  is_remote: boolean | null;
  min_amount: number | null;
  max_amount: number | null;
  currency: string | null;
  interval: string | null;
}

interface RemoteOkRow {
  id?: string;
  position?: string;
  company?: string;
  description?: string;
  location?: string;
  date?: string;
  url?: string;
}

const FILES = {
  uber: "5-listings/stapply-uber-jobs.json",
  jobspy: [
    "5-listings/jobspy-outputs/jobspy-apple_jobs.json",
    "5-listings/jobspy-outputs/jobspy-glassdoor_jobs.json",
    "5-listings/jobspy-outputs/jobspy-google_careers_jobs.json",
    "5-listings/jobspy-outputs/jobspy-greenhouse_jobs.json",
    "5-listings/jobspy-outputs/jobspy-linkedin_jobs.json",
  ],
  remoteok: "5-listings/../2-api-responses/remoteok/remoteok-api-2026-03.json",
};

export function corpusAvailable(): boolean {
  return existsSync(join(CORPUS, FILES.uber));
}

/** Real postings with a description, keyed "<file>#<row id>". */
export function loadCorpusPostings(): CorpusPosting[] {
  const out: CorpusPosting[] = [];
  const read = (f: string) => JSON.parse(readFileSync(join(CORPUS, f), "utf8"));
  const uber = read(FILES.uber) as { jobs: UberJob[] };
  for (const j of uber.jobs) {
    if (!j.description) continue;
    out.push(
      base(`${FILES.uber}#${j.id}`, {
        title: j.title,
        company: "Uber",
        locations: (j.locations ?? []).filter(Boolean),
        description: j.description,
        postedAt: j.creation_date?.slice(0, 10) ?? null,
        source: "uber",
        sourceId: String(j.id),
        url: j.url,
      }),
    );
  }
  for (const f of FILES.jobspy) {
    if (!existsSync(join(CORPUS, f))) continue;
    for (const r of read(f) as JobSpyRow[]) {
      if (!r.description || !r.title) continue;
      const period =
        r.interval === "yearly" ? "year" : r.interval === "hourly" ? "hour" : r.interval === "monthly" ? "month" : null;
      const salary =
        period && r.currency && /^[A-Z]{3}$/.test(r.currency) && (r.min_amount || r.max_amount)
          ? { min: r.min_amount ?? null, max: r.max_amount ?? null, currency: r.currency, period: period as "year" }
          : null;
      out.push(
        base(`${f}#${r.id}`, {
          title: r.title,
          company: r.company || "unknown",
          locations: r.location ? [r.location] : [],
          remote: r.is_remote ? "remote" : "unknown",
          description: r.description,
          postedAt: r.date_posted?.slice(0, 10) ?? null,
          source: r.site,
          sourceId: r.id,
          url: r.job_url || `https://example.invalid/${r.id}`,
          salary: salary && (salary.min === null || salary.max === null || salary.min <= salary.max) ? salary : null,
        }),
      );
    }
  }
  const rok = FILES.remoteok;
  if (existsSync(join(CORPUS, rok))) {
    for (const r of (read(rok) as RemoteOkRow[]).slice(1)) {
      if (!r.position || !r.description || !r.id) continue;
      out.push(
        base(`2-api-responses/remoteok/remoteok-api-2026-03.json#${r.id}`, {
          title: r.position,
          company: r.company || "unknown",
          locations: r.location ? [r.location] : [],
          remote: "remote",
          description: stripHtml(r.description),
          postedAt: r.date?.slice(0, 10) ?? null,
          source: "remoteok",
          sourceId: String(r.id),
          url: r.url || `https://example.invalid/remoteok/${r.id}`,
        }),
      );
    }
  }
  return out;
}
