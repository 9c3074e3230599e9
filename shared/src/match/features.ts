import { normalizeCompany } from "../dedup/company.ts";
import { detectClearance } from "../normalize/clearance.ts";
import { skillSet } from "../normalize/skills.ts";
import { parseTitle, type TitleInfo } from "../normalize/title.ts";
import { detectVisaSponsorship, type VisaSponsorship } from "../normalize/visa.ts";
import type { Posting } from "../posting.ts";
import { type AnnualSalary, annualize } from "./salary.ts";
import { extractRequirements, type Requirement } from "./sections.ts";
import { type CorpusStats, type SparseVector, termCounts, toVector } from "./vector.ts";
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
  vector: SparseVector;
  counts: Map<number, number>;
}

export function dayNumber(isoDate: string | null | undefined): number | null {
  if (!isoDate) return null;
  const t = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

/** Text that represents a posting for similarity: the title weighs three times. */
export function postingText(p: Pick<Posting, "title" | "description">): string {
  return `${p.title}\n${p.title}\n${p.title}\n${p.description}`;
}

export function postingCounts(p: Pick<Posting, "title" | "description">): Map<number, number> {
  return termCounts(postingText(p));
}

export function postingFeatures(posting: Posting, stats?: CorpusStats, counts?: Map<number, number>): PostingFeatures {
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
  const c = counts ?? postingCounts(posting);
  return {
    posting,
    title: parseTitle(posting.title),
    company: normalizeCompany(posting.company),
    requirements,
    requiredSkills,
    preferredSkills,
    skills: skillSet(`${posting.title}\n${posting.description}`),
    yearsRequired: yearsRequired(reqText || posting.description),
    sponsorship: detectVisaSponsorship(posting.description),
    clearance: detectClearance(`${posting.title}\n${posting.description}`).required,
    salary: annualize(posting.salary),
    postedDay: dayNumber(posting.postedAt),
    vector: toVector(c, stats),
    counts: c,
  };
}
