import { cityCountry, countryCode, regionCountry, subdivision } from "../normalize/places.ts";
import { findPlace } from "./contact.ts";
import { findDates } from "./dates.ts";
import type { ResumeEducation } from "./schema.ts";
import { detab, isBullet, isDegreeLike, isRoleLike, isSchoolLike, stripBullet } from "./words.ts";

// Education lines → schools. A line holds a school, a degree ("B.S. in Computer Science",
// "Bachelor of Science, Computer Science"), dates, a GPA, or several of these at once
// ("January 2014 B.E Computer Engineering Pune, Maharashtra Savitribai Phule Pune University").

const SCORE_RE =
  /\b(?:c?gpa|grade|percentage|score|marks)\s*[:\-–]?\s*(\d+(?:\.\d+)?\s*(?:\/\s*\d+(?:\.\d+)?|%)?)|(\d{1,2}(?:\.\d+)?\s*%)/i;
const SPLIT = /(?:(?<!\s)\s+)?(?:\t|\s\|\s|\|| • | · | — | – | - )\s*/;

const DEGREE_HEAD =
  /^((?:bachelor|master|doctor|associate)(?:'?s)?(?:\s+degree)?(?:\s+of\s+(?:business administration|computer applications?|fine arts|science|arts|engineering|technology|commerce|laws?|education|philosophy|pharmacy|medicine|architecture|design|applied science|management studies|management))?|ph\.?\s?d\.?|[A-Z][A-Za-z]{0,3}\.(?:[A-Za-z]{1,4}\.?)*|[A-Z]{2,5}\.?|B\.?\s?Tech\.?|M\.?\s?Tech\.?|BSc\.?|MSc\.?|BCom\.?|MCom\.?|B\.?\s?Com\.?|high school diploma|high school|higher secondary|senior secondary|secondary school|diploma)(?=\s|,|$|\()/i;

/** "Bachelor of Science in Computer Science" / "B.E CSE" / "Master Law" → studyType + area. */
export function splitDegree(text: string): { studyType: string; area?: string } {
  const t = text.trim().replace(/[,;]+$/, "");
  const m = t.match(DEGREE_HEAD);
  if (m && (isDegreeLike(m[1]!) || /^(bachelor|master|doctor|associate)/i.test(m[1]!))) {
    const area = t
      .slice(m[0].length)
      .replace(/^\s*(?:,|\bin\b|-|–|:|\()\s*/i, "")
      .replace(/\)$/, "")
      .trim();
    return { studyType: m[1]!.trim(), ...(area ? { area } : {}) };
  }
  return { studyType: t };
}

const isRegion = (s: string) => !!(subdivision(s) || regionCountry(s) || countryCode(s));

/** "… Pune, Maharashtra …": a place in the middle of a line, between the degree and the school. */
function splitAtPlace(line: string): { before: string; place: string; after: string } | null {
  const re = /(?:^|\s)((?:[A-Z][\w.'-]*\s){0,1}[A-Z][\w.'-]*),\s*([A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)(?=\s|$)/g;
  for (const m of line.matchAll(re)) {
    let region = m[2]!;
    // "Maharashtra Pune University": the region is the first word(s) that name one
    const words = region.split(" ");
    if (!isRegion(region) && words.length > 1 && isRegion(words[0]!)) region = words[0]!;
    if (!isRegion(region)) continue;
    // a two-word city only when it is a known one ("San Francisco"); "S.S.C Baramati" is a degree and a city
    let city = m[1]!;
    if (city.includes(" ") && !cityCountry(city)) city = city.slice(city.lastIndexOf(" ") + 1);
    const cityAt = (m.index ?? 0) + m[0].lastIndexOf(city, m[0].indexOf(","));
    const start = cityAt;
    const end = start + city.length + line.slice(start + city.length).indexOf(region) + region.length;
    return { before: line.slice(0, start).trim(), place: line.slice(start, end), after: line.slice(end).trim() };
  }
  return null;
}

function looksLikeNewEntry(cur: ResumeEducation, line: string): boolean {
  if (isSchoolLike(line) && cur.institution) return true;
  if (isDegreeLike(line) && cur.studyType) return true;
  return false;
}

function setDegree(cur: ResumeEducation, text: string) {
  const { studyType, area } = splitDegree(text);
  cur.studyType = studyType;
  if (area && !cur.area) cur.area = area;
}

export function parseEducation(lines: string[]): { education: ResumeEducation[]; unplaced: string[] } {
  const education: ResumeEducation[] = [];
  const unplaced: string[] = [];
  let cur: ResumeEducation | null = null;
  for (const raw of lines) {
    let line = isBullet(raw) ? stripBullet(raw) : raw.trim();
    if (!line) continue;
    // a job title among the schools ("Web Designer - Acme"): not education
    if (isRoleLike(line) && !isDegreeLike(line) && !isSchoolLike(line)) {
      unplaced.push(line);
      continue;
    }
    const dates = findDates(line);
    if (!cur || looksLikeNewEntry(cur, line) || (dates && (cur.startDate || cur.endDate))) {
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
    const found = dates && findDates(line);
    if (found && !cur.startDate && !cur.endDate) {
      if (found.startDate) cur.startDate = found.startDate;
      if (found.endDate && !found.current) cur.endDate = found.endDate;
      line = found.rest;
    }
    line = line.replace(/^[\s,;|–—-]+|[\s,;|–—-]+$/g, "");
    if (!line) continue;
    // "Southwestern University<tab>Georgetown, TX": a place in its own column is where the school is;
    // JSON Resume has no field for it, so it is reported in meta.unplaced
    if (line.includes("\t")) {
      const cols = line.split("\t");
      const places = cols.filter(
        (c) => cols.length > 1 && (findPlace(c) || /^[A-Z][\w .'-]+,\s*[A-Z]{2}$/.test(c.trim())),
      );
      if (places.length && places.length < cols.length) {
        unplaced.push(...places.map((p) => p.trim()));
        line = cols.filter((c) => !places.includes(c)).join("\t");
      }
    }
    // "RYK Science College, Maharashtra state board", "Stanford University, Stanford, CA": the school ends at the comma
    const schoolFirst = detab(line).match(
      /^([^,]*\b(?:College|University|Institute|School|Academy|Polytechnic)\b[^,]*),\s*(.+)$/,
    );
    if (schoolFirst && !cur.institution && !isDegreeLike(schoolFirst[1]!)) {
      cur.institution = schoolFirst[1]!.trim();
      line = schoolFirst[2]!.replace(/,\s*/g, "\t").trim();
    }
    const placed = cur.institution ? null : splitAtPlace(detab(line));
    if (placed && (placed.before || placed.after)) {
      if (placed.after && !cur.institution) cur.institution = placed.after;
      if (placed.before) {
        if (!cur.studyType && isDegreeLike(placed.before)) setDegree(cur, placed.before);
        else if (!cur.institution) cur.institution = placed.before;
        else cur.courses = [...(cur.courses ?? []), placed.before];
      }
      continue;
    }
    const leftovers: string[] = [];
    for (const seg of line
      .split(SPLIT)
      .map((s) => s.replace(/^[\s,;·•|]+|[\s,;·•|]+$/g, ""))
      .filter(Boolean)) {
      // "B.S. Computer Science, Stanford University": school after the degree
      const schoolTail = seg.match(
        /^(.*?)[,\s]\s*((?:the\s+)?[A-Z][\w.'’& -]*?\b(?:University|College|Institute|School|Academy|Polytechnic)\b(?:\s+of\s+[A-Z][\w .'’&-]+)?)$/,
      );
      if (!cur.studyType && schoolTail && isDegreeLike(schoolTail[1]!)) {
        setDegree(cur, schoolTail[1]!);
        if (!cur.institution) cur.institution = schoolTail[2]!.trim();
        continue;
      }
      if (!cur.institution && isSchoolLike(seg) && !(isDegreeLike(seg) && /^\S+\.?\s/.test(seg) && !schoolTail)) {
        cur.institution = seg;
        continue;
      }
      if (!cur.studyType && isDegreeLike(seg)) {
        setDegree(cur, seg);
        continue;
      }
      if (cur.studyType && !cur.area && !cur.institution && /^[A-Z][A-Za-z &]+$/.test(seg) && seg.length < 60) {
        cur.area = seg;
        continue;
      }
      // a bare name is a school only next to a degree or dates ("UC Berkeley | 2019")
      if (
        !cur.institution &&
        /^[A-Z]/.test(seg) &&
        seg.split(" ").length <= 8 &&
        (cur.studyType || cur.endDate || cur.startDate || dates)
      ) {
        cur.institution = seg;
        continue;
      }
      // a bare grade after the school ("· 4.0", "8.5/10", "78%")
      if (
        !cur.score &&
        /^\d{1,2}(?:\.\d{1,2})?(?:\s*\/\s*\d{1,3}(?:\.\d)?|\s*%)?$/.test(seg) &&
        (cur.institution || cur.studyType)
      ) {
        cur.score = seg.replace(/\s+/g, "");
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
