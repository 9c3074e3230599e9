import { seniorityFromTitle, seniorityFromYears } from "../normalize/seniority.ts";
import type { Seniority } from "../profile.ts";
import type { JsonResume, ResumeWork } from "./schema.ts";
import { skillNames } from "./skills.ts";

// What matching needs from a structured resume: titles held (current first), skills, years of
// experience (overlapping jobs counted once) and a seniority from the titles and the years.

export interface ProfileFacts {
  titles: string[];
  skills: string[];
  yearsExperience: number | null;
  seniority: Seniority | null;
}

/** Month index (year*12 + month-1). A bare year starts in January and, as an end, counts to June: "2019–2021" ≈ 2.5 years. */
function monthIndex(date: string, asEnd: boolean): number | null {
  const m = date.match(/^(\d{4})(?:-(\d{2}))?/);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return year * 12 + Number(m[2]) - 1;
  return year * 12 + (asEnd ? 5 : 0);
}

function span(w: ResumeWork, now: Date): [number, number] | null {
  if (!w.startDate) return null;
  const start = monthIndex(w.startDate, false);
  const nowIdx = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const end = w.endDate ? monthIndex(w.endDate, true) : nowIdx;
  if (start === null || end === null) return null;
  const e = Math.min(end, nowIdx);
  // an end month counts as worked: Jan–Dec of one year is 12 months
  return e >= start ? [start, e + 1] : null;
}

/** Total years covered by the jobs' date ranges, overlaps counted once; null without any dated job. */
export function yearsOfExperience(work: ResumeWork[], now: Date = new Date()): number | null {
  const spans = work.map((w) => span(w, now)).filter((s): s is [number, number] => s !== null);
  if (!spans.length) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let [curStart, curEnd] = spans[0]!;
  for (const [s, e] of spans.slice(1)) {
    if (s <= curEnd) curEnd = Math.max(curEnd, e);
    else {
      months += curEnd - curStart;
      [curStart, curEnd] = [s, e];
    }
  }
  months += curEnd - curStart;
  return Math.round((months / 12) * 10) / 10;
}

/** Jobs newest first: current ones (no end date) before ended ones, then by start date. */
function newestFirst(work: ResumeWork[]): ResumeWork[] {
  const key = (w: ResumeWork) => [w.endDate ? 0 : 1, w.endDate ?? "9999", w.startDate ?? ""] as const;
  return work
    .map((w, i) => ({ w, i }))
    .sort((a, b) => {
      const ka = key(a.w);
      const kb = key(b.w);
      if (ka[0] !== kb[0]) return kb[0] - ka[0];
      if (ka[1] !== kb[1]) return kb[1].localeCompare(ka[1]);
      if (ka[2] !== kb[2]) return kb[2].localeCompare(ka[2]);
      return a.i - b.i;
    })
    .map((x) => x.w);
}

function dedup(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim().replace(/\s+/g, " ");
    const k = t.toLowerCase();
    if (!t || seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

export function deriveProfileFacts(resume: JsonResume, now: Date = new Date()): ProfileFacts {
  const work = newestFirst(resume.work ?? []);
  // positions held; a resume that names none (jobs listed by employer only) still states its headline
  const positions = dedup(work.map((w) => w.position ?? ""));
  const titles = positions.length ? positions : dedup([resume.basics?.label ?? ""]);
  const skills = dedup(skillNames(resume.skills));
  const yearsExperience = yearsOfExperience(work, now);
  // the newest title's level wins ("Staff Engineer" is staff whatever the years); a title without a level
  // ("Software Engineer") leaves it to the years; without dates any older title that states one
  const newest = titles[0] ?? resume.basics?.label;
  const seniority =
    (newest ? seniorityFromTitle(newest) : null) ??
    (yearsExperience !== null ? seniorityFromYears(yearsExperience) : null) ??
    titles.map((t) => seniorityFromTitle(t)).find((s) => s !== null) ??
    null;
  return { titles, skills, yearsExperience, seniority };
}
