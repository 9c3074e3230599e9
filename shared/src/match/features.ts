import { normalizeCompany } from "../dedup/company.ts";
import { detectClearance } from "../normalize/clearance.ts";
import { seniorityFromYears } from "../normalize/seniority.ts";
import { skillSet } from "../normalize/skills.ts";
import { parseTitle, type TitleInfo } from "../normalize/title.ts";
import { detectVisaSponsorship, type VisaSponsorship } from "../normalize/visa.ts";
import type { Posting } from "../posting.ts";
import type { Seniority } from "../profile.ts";
import { bm25Vector, CollectionStats, type FieldTerms, fieldTerms } from "./bm25.ts";
import { type AnnualSalary, annualize } from "./salary.ts";
import { extractRequirements, type Requirement } from "./sections.ts";
import type { SparseVector } from "./vector.ts";
import { yearsRequired } from "./years.ts";

// Everything scoring needs from one posting, computed once (at ingest or before ranking),
// so that scoring many postings against one profile is only arithmetic.

export interface PostingFeatures {
  posting: Posting;
  title: TitleInfo;
  company: string;
  requirements: Requirement[];
  requiredSkills: Set<string>;
  preferredSkills: Set<string>;
  /** every skill named anywhere in title + description */
  skills: Set<string>;
  yearsRequired: number | null;
  sponsorship: VisaSponsorship;
  clearance: boolean;
  salary: AnnualSalary | null;
  /** days since epoch of postedAt, or null */
  postedDay: number | null;
  /** the level the title states, else the one its years requirement implies */
  seniority: Seniority | null;
  /** BM25F weight of each term (query-independent; see bm25.ts) */
  vector: SparseVector;
  terms: FieldTerms;
}

export function dayNumber(isoDate: string | null | undefined): number | null {
  if (!isoDate) return null;
  const t = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

const NO_COLLECTION = new CollectionStats();

export function postingFeatures(posting: Posting, stats?: CollectionStats, terms?: FieldTerms): PostingFeatures {
  const requirements = extractRequirements(posting.description);
  const requiredSkills = new Set<string>();
  const preferredSkills = new Set<string>();
  for (const r of requirements)
    for (const s of skillSet(r.text)) (r.kind === "required" ? requiredSkills : preferredSkills).add(s);
  for (const s of requiredSkills) preferredSkills.delete(s);
  const reqText = requirements
    .filter((r) => r.kind === "required")
    .map((r) => r.text)
    .join("\n");
  const t = terms ?? fieldTerms(posting);
  const title = parseTitle(posting.title);
  const years = yearsRequired(reqText || posting.description);
  return {
    posting,
    title,
    company: normalizeCompany(posting.company),
    requirements,
    requiredSkills,
    preferredSkills,
    skills: skillSet(`${posting.title}\n${posting.description}`),
    yearsRequired: years,
    sponsorship: detectVisaSponsorship(posting.description),
    clearance: detectClearance(`${posting.title}\n${posting.description}`).required,
    salary: annualize(posting.salary),
    postedDay: dayNumber(posting.postedAt),
    seniority: title.seniority ?? (years !== null ? seniorityFromYears(years) : null),
    vector: bm25Vector(t, stats ?? NO_COLLECTION),
    terms: t,
  };
}
