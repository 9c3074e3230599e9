import { seniorityFromTitle, seniorityFromYears } from "../normalize/seniority.ts";
import { cleanTitle } from "../normalize/title.ts";
import type { Seniority } from "../profile.ts";
import { deriveProfileFacts } from "../resume/derive.ts";
import { parseResumeText } from "../resume/parse.ts";
import type { JsonResume } from "../resume/schema.ts";
import { statedYears, yearsFromResume } from "./years.ts";

// What ranking needs from a resume when the profile states nothing: the titles held (most
// recent first), the years of experience and the level. Read from the resume's text, whatever
// its layout: "Title, Company (2020–present)", "Company | Title | dates", "Company — Title",
// "2021–now  Title, Company", a headline under the name.

export interface ResumeFacts {
  titles: string[];
  years: number | null;
  seniority: Seniority | null;
}

const ROLE_NOUN =
  /\b(engineer|developer|scientist|analyst|manager|designer|architect|consultant|specialist|lead|director|administrator|programmer|researcher|accountant|recruiter|sourcer|coordinator|officer|executive|associate|intern|nurse|teacher|owner|representative|strategist|writer|marketer|product|head of|vp|president|sre|devops|swe|partner|assistant|technician|therapist|pharmacist|physician|clerk|agent|advisor|adviser|planner|editor|producer|generalist|supervisor|buyer|trader|economist|statistician|paralegal|lawyer|attorney|counsel|auditor|bookkeeper|technologist|hygienist|instructor|tutor|professor|lecturer|translator|photographer|illustrator|animator|artist|controller|operator)\b/i;

const SECTION =
  /^(summary|profile|about|experience|work experience|professional experience|employment|skills|education|projects?|certifications?|languages?|interests|references)\b/i;
const DATES =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d{2}|present|current|now|today)\b/gi;
const NOT_A_TITLE =
  /@|https?:|www\.|\b(university|college|school|b\.?s\.?c?|m\.?s\.?c?|ph\.?d|bachelor|master|degree)\b/i;

/** The role segment of one line, or null: "Payflow | Software Engineer II | 2021 - Present" → "Software Engineer II". */
export function titleCandidate(line: string): string | null {
  const raw = line
    .trim()
    .replace(/^[-*•·]\s*/, "")
    .replace(DATES, " ")
    .trim();
  if (raw.length < 4 || raw.length > 120 || /[.!?;]$/.test(raw) || NOT_A_TITLE.test(raw)) return null;
  const segments = raw
    // single whitespace around "at" (runs of two or more split on their own): linear on any input
    .split(/\s(?:at|@)\s|,|\||\s[-–—]\s|\(|\)|\s{2,}|\t/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const seg of segments) {
    const words = seg.split(/\s+/);
    if (words.length > 7 || !ROLE_NOUN.test(seg) || SECTION.test(seg)) continue;
    // a sentence fragment ("Partner with hiring managers") starts with a lowercase verb or is mostly lowercase
    if (!/^[A-Z0-9]/.test(seg)) continue;
    const lower = words.filter((w) => /^[a-z]/.test(w) && !/^(of|and|for|the|in|to|&)$/.test(w)).length;
    if (lower > words.length / 2) continue;
    return seg;
  }
  return null;
}

/** Up to `max` job titles from resume text, in the order they appear (headline, then roles, newest first). */
export function titlesFromResume(text: string, max = 4): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/).slice(0, 80)) {
    const c = titleCandidate(line);
    if (c && !out.some((o) => cleanTitle(o) === cleanTitle(c))) out.push(c);
    if (out.length >= max) break;
  }
  return out;
}

/** Level: the one the current (first) title states, else what the years imply. An older title's
 * level is stale ("Junior Analyst" two jobs ago says nothing about today). */
export function seniorityOf(titles: string[], years: number | null): Seniority | null {
  const s = titles[0] ? seniorityFromTitle(titles[0]) : null;
  return s ?? (years !== null ? seniorityFromYears(years) : null);
}

/** Facts of a structured resume (JSON Resume): positions held, newest first, with the headline
 * (`basics.label`, cleaned of a location or employer) first when it names another role. */
export function factsOfResume(resume: JsonResume, now: Date): ResumeFacts & { skills: string[] } {
  const d = deriveProfileFacts(resume, now);
  const label = resume.basics?.label ? titleCandidate(resume.basics.label) : null;
  const titles = label && !d.titles.some((t) => cleanTitle(t) === cleanTitle(label)) ? [label, ...d.titles] : d.titles;
  return { titles: titles.slice(0, 4), years: d.yearsExperience, seniority: d.seniority, skills: d.skills };
}

/** Titles, years and level of a resume given as text: parsed into JSON Resume (the same parser as
 * `vanta parse-resume` and the upload), with line heuristics for what the parser cannot place. */
export function resumeFacts(text: string, currentYear: number): ResumeFacts & { skills: string[] } {
  if (!text.trim()) return { titles: [], years: null, seniority: null, skills: [] };
  // mid-year of `currentYear`: scoring never reads the clock
  const f = factsOfResume(parseResumeText(text), new Date(Date.UTC(currentYear, 5, 30)));
  const titles = f.titles.length > 0 ? f.titles : titlesFromResume(text);
  // what the person states ("8 years of experience") over what the dates add up to
  const years = statedYears(text) ?? f.years ?? yearsFromResume(text, currentYear);
  const seniority = seniorityOf(titles, years);
  return { titles, years, seniority, skills: f.skills };
}
