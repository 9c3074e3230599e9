import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS, type CorpusPosting, loadCorpusPostings } from "./corpus.lib.ts";
import { csvRows } from "./stats.lib.ts";

// The dedup evaluation's listing, assembled at eval time from the shared corpus (never copied
// into the repo): the real postings with text (Uber's site, the JobSpy outputs, RemoteOK) plus
// the two ATS listings that hold only company, title, places and URL (SimplifyJobs new-grad,
// stapply's ATS map) and the Active Jobs DB finance sample. Ids are "<file>#<row id>" so hand
// judgments can name postings without storing their text.

const SIMPLIFY = "5-listings/simplify-new-grad-listings.json";
const STAPPLY = "5-listings/stapply-jobs-minimal.csv";
const ACTIVE = "2-api-responses/active-jobs-db/finance-jobs-2025-12.json";

const empty = (id: string, over: Partial<CorpusPosting>): CorpusPosting => ({
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
});

const read = (f: string) => readFileSync(join(CORPUS, f), "utf8");

export function loadDedupListing(): CorpusPosting[] {
  const out = loadCorpusPostings();
  if (existsSync(join(CORPUS, SIMPLIFY))) {
    const rows = JSON.parse(read(SIMPLIFY)) as Array<{
      id: string;
      company_name: string;
      title: string;
      url: string;
      locations: string[];
      date_posted?: number;
      active?: boolean;
    }>;
    for (const r of rows)
      if (r.title && r.company_name && r.url)
        out.push(
          empty(`${SIMPLIFY}#${r.id}`, {
            title: r.title,
            company: r.company_name,
            locations: (r.locations ?? []).filter(Boolean),
            source: "simplify",
            sourceId: r.id,
            url: r.url,
            closed: r.active === false,
            postedAt: r.date_posted ? new Date(r.date_posted * 1000).toISOString().slice(0, 10) : null,
          }),
        );
  }
  if (existsSync(join(CORPUS, STAPPLY))) {
    const [head, ...rows] = csvRows(read(STAPPLY));
    const col = (name: string) => head?.indexOf(name) ?? -1;
    const [url, title, location, company, id] = ["url", "title", "location", "company", "id"].map(col);
    for (const r of rows) {
      const get = (i: number | undefined) => (i === undefined || i < 0 ? "" : (r[i] ?? ""));
      if (!get(title) || !get(url)) continue;
      out.push(
        empty(`${STAPPLY}#${get(id)}`, {
          title: get(title),
          company: get(company) || "unknown",
          locations: get(location) ? [get(location)] : [],
          source: "stapply",
          sourceId: get(id),
          url: get(url),
        }),
      );
    }
  }
  if (existsSync(join(CORPUS, ACTIVE))) {
    const rows = JSON.parse(read(ACTIVE)) as Array<{
      id: string;
      title: string;
      organization: string;
      url: string;
      locations_derived?: string[];
      description_text?: string;
      date_posted?: string;
      source?: string;
    }>;
    for (const r of rows)
      out.push(
        empty(`${ACTIVE}#${r.id}`, {
          title: r.title,
          company: r.organization || "unknown",
          locations: (r.locations_derived ?? []).filter(Boolean),
          description: r.description_text ?? "",
          source: r.source ?? "activejobs",
          sourceId: r.id,
          url: r.url,
          postedAt: r.date_posted?.slice(0, 10) ?? null,
        }),
      );
  }
  return out;
}
