import { normalizeSkill, skillLabel, skillSet } from "../normalize/skills.ts";
import { parseTitle, type TitleInfo } from "../normalize/title.ts";
import type { MatchProfile, Seniority } from "../profile.ts";
import { buildQuery, CollectionStats, type Query, queryWeights } from "./bm25.ts";
import { resumeFacts, seniorityOf } from "./resume-facts.ts";
import { tokens } from "./text.ts";

// What matching knows about the user. A profile may hold only resume text: titles, seniority
// and years are then derived from it (`derived` says which), so a resume alone gets a real
// title and seniority factor instead of neutral constants.

export interface EvidenceLine {
  /** verbatim: a trimmed line of the resume text, or a profile field value */
  text: string;
  skills: Set<string>;
  tokens: Set<string>;
}

export interface ProfileFeatures {
  profile: MatchProfile;
  titles: TitleInfo[];
  skills: Set<string>;
  seniority: Seniority | null;
  years: number | null;
  lines: EvidenceLine[];
  /** the BM25 query (resume terms, titles and skills boosted) */
  query: Query;
  derived: { titles: boolean; seniority: boolean; years: boolean };
}

export { titlesFromResume } from "./resume-facts.ts";

const NO_COLLECTION = new CollectionStats();

export function profileFeatures(
  profile: MatchProfile,
  stats?: CollectionStats,
  currentYear = 2026,
  opts: { dense?: boolean } = {},
): ProfileFeatures {
  const facts = resumeFacts(profile.resumeText, currentYear);
  const titleStrings = profile.titles.length > 0 ? profile.titles : facts.titles;
  const titles = titleStrings.map(parseTitle);
  const skills = skillSet(profile.resumeText);
  for (const s of [...profile.skills, ...facts.skills]) {
    const id = normalizeSkill(s);
    if (id) skills.add(id);
  }
  const years = profile.yearsExperience ?? facts.years;
  const seniority: Seniority | null =
    profile.seniority.length > 0 ? profile.seniority[0]! : seniorityOf(titleStrings, years);
  const lines: EvidenceLine[] = [];
  for (const raw of profile.resumeText.split(/\r?\n/)) {
    const text = raw.trim();
    if (text.length < 2) continue;
    lines.push({ text, skills: skillSet(text), tokens: new Set(tokens(text)) });
  }
  for (const field of [...profile.skills, ...profile.titles]) {
    lines.push({ text: field, skills: skillSet(field), tokens: new Set(tokens(field)) });
    const id = normalizeSkill(field);
    if (id) lines[lines.length - 1]!.skills.add(id);
  }
  const weights = queryWeights({
    text: [profile.resumeText, ...profile.titles, ...profile.skills].join("\n"),
    titles: titleStrings.slice(0, 3),
    skills: [...skills].map(skillLabel),
  });
  return {
    profile,
    titles,
    skills,
    seniority,
    years,
    lines,
    query: buildQuery(weights, stats ?? NO_COLLECTION, opts.dense),
    derived: {
      titles: profile.titles.length === 0,
      seniority: profile.seniority.length === 0,
      years: profile.yearsExperience === null,
    },
  };
}
