import { findDates } from "./dates.ts";
import type { ResumeEducation } from "./schema.ts";
import { isBullet, isDegreeLike, isSchoolLike, stripBullet } from "./words.ts";

// Education lines → schools. A line holds a school, a degree ("B.S. in Computer Science",
// "Bachelor of Science, Computer Science"), dates, a GPA, or several of these at once.

const SCORE_RE =
  /\b(?:c?gpa|grade|percentage|score|marks|cgpa)\s*[:\-–]?\s*(\d+(?:\.\d+)?\s*(?:\/\s*\d+(?:\.\d+)?|%)?)|(\d{1,2}(?:\.\d+)?\s*%)/i;
const SPLIT = /\s*(?:\t|\s\|\s|\|| • | · | — | – | - |\s{3,})\s*/;

/** "Bachelor of Science in Computer Science" → studyType + area. */
export function splitDegree(text: string): { studyType: string; area?: string } {
  const t = text.trim().replace(/[,;]+$/, "");
  const m =
    t.match(
      /^(.*?\b(?:bachelor|master|doctor|associate)(?:'?s)?(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:Administration|Technology|Engineering|Arts|Science|Applications))?)?)\s*(?:,|\bin\b|-|–|:|\(|\s)\s*(.+?)\)?$/i,
    ) ??
    t.match(/^([A-Z][A-Za-z.]{1,8}\.?)\s*(?:,|\bin\b|-|–|:|\()\s*(.+?)\)?$/) ??
    t.match(/^([A-Z][A-Za-z.]{1,8}\.?)\s+(.+)$/);
  if (m && isDegreeLike(m[1]!) && m[2] && m[2].length > 1) return { studyType: m[1]!.trim(), area: m[2].trim() };
  return { studyType: t };
}

function looksLikeNewEntry(cur: ResumeEducation, line: string): boolean {
  if (isSchoolLike(line) && cur.institution) return true;
  if (isDegreeLike(line) && cur.studyType) return true;
  return false;
}

export function parseEducation(lines: string[]): { education: ResumeEducation[]; unplaced: string[] } {
  const education: ResumeEducation[] = [];
  const unplaced: string[] = [];
  let cur: ResumeEducation | null = null;
  for (const raw of lines) {
    let line = isBullet(raw) ? stripBullet(raw) : raw.trim();
    if (!line) continue;
    if (!cur || looksLikeNewEntry(cur, line) || (findDates(line)?.startDate && (cur.startDate || cur.endDate))) {
      cur = {};
      education.push(cur);
    }
    const score = line.match(SCORE_RE);
    if (score) {
      cur.score = (score[1] ?? score[2])!.replace(/\s+/g, "");
      line = line
        .replace(score[0], " ")
        .replace(/\(\s*\)/g, "")
        .trim();
    }
    const d = findDates(line);
    if (d && !cur.startDate && !cur.endDate) {
      if (d.startDate) cur.startDate = d.startDate;
      if (d.endDate && !d.current) cur.endDate = d.endDate;
      line = d.rest;
    }
    const leftovers: string[] = [];
    for (const seg of line
      .split(SPLIT)
      .map((s) => s.replace(/^[\s,;]+|[\s,;]+$/g, ""))
      .filter(Boolean)) {
      // "Bachelor of Arts Sociology Mumbai, Maharashtra The Mumbai University": school after the degree
      const schoolTail = seg.match(
        /^(.*?)\s+((?:the\s+)?[A-Z][\w.'’& -]*(?:University|College|Institute|School|Academy|Polytechnic)(?:\s+of\s+[A-Z][\w .'’&-]+)?)$/,
      );
      if (!cur.institution && isSchoolLike(seg) && !(isDegreeLike(seg) && schoolTail)) {
        cur.institution = seg;
        continue;
      }
      if (!cur.studyType && isDegreeLike(seg)) {
        let deg = seg;
        if (schoolTail && !cur.institution && isDegreeLike(schoolTail[1]!)) {
          cur.institution = schoolTail[2]!.trim();
          deg = schoolTail[1]!;
        }
        const { studyType, area } = splitDegree(deg);
        cur.studyType = studyType;
        if (area && !cur.area) cur.area = area;
        continue;
      }
      if (cur.studyType && !cur.area && !cur.institution && /^[A-Z][A-Za-z &]+$/.test(seg) && seg.length < 60) {
        cur.area = seg;
        continue;
      }
      if (
        !cur.institution &&
        !isDegreeLike(seg) &&
        /^[A-Z]/.test(seg) &&
        seg.split(" ").length <= 8 &&
        !cur.studyType
      ) {
        cur.institution = seg;
        continue;
      }
      leftovers.push(seg);
    }
    if (leftovers.length) {
      const text = leftovers.join(" · ");
      if (cur.institution || cur.studyType) cur.courses = [...(cur.courses ?? []), text];
      else unplaced.push(text);
    }
  }
  return { education: education.filter((e) => Object.keys(e).length > 0), unplaced };
}
