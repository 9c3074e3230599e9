import { seniorityFromYears } from "../normalize/seniority.ts";
import { normalizeSkill, skillSet } from "../normalize/skills.ts";
import { parseTitle, type TitleInfo } from "../normalize/title.ts";
import type { MatchProfile, Seniority } from "../profile.ts";
import { tokens } from "./text.ts";
import { type CorpusStats, type SparseVector, termCounts, toVector } from "./vector.ts";
import { yearsFromResume } from "./years.ts";

// What matching knows about the user. A profile may hold only resume text: titles, skills,
// seniority and years are then derived from it (and say so via `derived`).

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
  vector: SparseVector;
  derived: { titles: boolean; seniority: boolean; years: boolean };
}

const ROLE_NOUN =
  /\b(engineer|developer|scientist|analyst|manager|designer|architect|consultant|specialist|lead|director|administrator|programmer|researcher|accountant|recruiter|coordinator|officer|executive|associate|intern|nurse|teacher|owner|representative|strategist|writer|marketer|product|head of|vp|president|sre|devops|swe)\b/i;

// "Staff Engineer, Acme Corp (2021-present)" → "Staff Engineer"
function titleCandidate(line: string): string | null {
  const t = line.trim().replace(/^[-*•]\s*/, "");
  if (t.length < 4 || t.length > 100 || /[.!?]$/.test(t) || /@|https?:/.test(t)) return null;
  const head = t.split(/\s+(?:at|@)\s+|,|\||\s[-–—]\s|\(/)[0]!.trim();
  if (!head || head.split(/\s+/).length > 7 || !ROLE_NOUN.test(head)) return null;
  if (/^(summary|experience|skills|education|projects?)\b/i.test(head)) return null;
  return head;
}

/** Up to three job titles from a resume: the headline first, then the roles listed. */
export function titlesFromResume(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/).slice(0, 60)) {
    const c = titleCandidate(line);
    if (c && !out.some((o) => o.toLowerCase() === c.toLowerCase())) out.push(c);
    if (out.length >= 3) break;
  }
  return out;
}

export function profileText(p: MatchProfile, titles: string[]): string {
  return [p.resumeText, ...titles, ...titles, ...p.skills].join("\n");
}

export function profileFeatures(profile: MatchProfile, stats?: CorpusStats, currentYear = 2026): ProfileFeatures {
  const titleStrings = profile.titles.length > 0 ? profile.titles : titlesFromResume(profile.resumeText);
  const titles = titleStrings.map(parseTitle);
  const skills = skillSet(profile.resumeText);
  for (const s of profile.skills) {
    const id = normalizeSkill(s);
    if (id) skills.add(id);
  }
  const years = profile.yearsExperience ?? yearsFromResume(profile.resumeText, currentYear);
  let seniority: Seniority | null = null;
  let senDerived = false;
  if (profile.seniority.length > 0) seniority = profile.seniority[0]!;
  else {
    senDerived = true;
    seniority = titles.find((t) => t.seniority)?.seniority ?? (years !== null ? seniorityFromYears(years) : null);
  }
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
  return {
    profile,
    titles,
    skills,
    seniority,
    years,
    lines,
    vector: toVector(termCounts(profileText(profile, titleStrings)), stats),
    derived: {
      titles: profile.titles.length === 0,
      seniority: senDerived,
      years: profile.yearsExperience === null,
    },
  };
}
