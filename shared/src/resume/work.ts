import { findPlace } from "./contact.ts";
import { findDates, hasRange } from "./dates.ts";
import type { ResumeWork } from "./schema.ts";
import { detab, isBullet, isRoleLike, joinWrapped, roleScore, stripBullet } from "./words.ts";

// Work section → entries. An entry is a header (position, employer, dates, location in any order
// and over one to three lines) followed by bullets (highlights) and prose (summary).

export interface Block {
  header: string[];
  body: string[];
  bullets: string[];
}

const SEPARATORS = /(?:(?<!\s)\s+)?(?:\t|\s\|\s|\|| • | · | — | – | - | @ |\s{3,})\s*/;
const KEY_VALUE =
  /^(company|employer|organization|organisation|designation|position|role|title|duration|period|location|description|project|client)\s*[-:–]\s*(.*)$/i;

const endsSentence = (s: string) => /[.!?;:]$/.test(s.trim());
const startsLower = (s: string) => /^[a-z(]/.test(s.trim());

/** Groups lines into entries: a new entry starts at a header line after body lines, or a second date range. */
export function splitBlocks(lines: string[], isHeaderStart: (line: string, following: string[]) => boolean): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  const open = (line: string) => {
    cur = { header: [line], body: [], bullets: [] };
    blocks.push(cur);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const following = lines.slice(i + 1, i + 3);
    if (!cur) {
      if (isBullet(line)) {
        cur = { header: [], body: [], bullets: [stripBullet(line)] };
        blocks.push(cur);
      } else open(line);
      continue;
    }
    const c: Block = cur;
    if (isBullet(line)) {
      c.bullets.push(stripBullet(line));
      continue;
    }
    const inBody = c.bullets.length > 0 || c.body.length > 0;
    const headerHasDates = c.header.some(hasRange);
    if (inBody) {
      const last = c.bullets.length ? c.bullets[c.bullets.length - 1]! : c.body[c.body.length - 1]!;
      if (isHeaderStart(line, following)) open(line);
      else if (c.bullets.length && (startsLower(line) || !endsSentence(last)) && c.body.length === 0)
        c.bullets[c.bullets.length - 1] = joinWrapped([last, line]);
      else c.body.push(line);
      continue;
    }
    const companyKey = /^(company|employer|organi[sz]ation)\s*[-:–]/i;
    // "company - A" / "description - …" / "company - B": a second company key is a second job
    if ((headerHasDates && hasRange(line)) || (companyKey.test(line) && c.header.some((h) => companyKey.test(h))))
      open(line);
    else if (c.header.some((h) => /^description\s*[-:–]/i.test(h))) c.body.push(line);
    else if (
      c.header.length >= 3 ||
      line.length > 110 ||
      (headerHasDates && endsSentence(line) && line.split(/\s+/).length >= 3)
    )
      c.body.push(line);
    else c.header.push(line);
  }
  return blocks;
}

/**
 * A line that opens a new job: it holds a date range, or one of the next two lines does ("Oracle" /
 * "Account Executive" / "2015 - 2019"), or it is a `company -` key.
 */
export function isWorkHeader(line: string, following: string[] = []): boolean {
  if (/^(company|employer|organi[sz]ation)\s*[-:–]/i.test(line)) return true;
  if (line.length > 120 || startsLower(line)) return false;
  if (hasRange(line)) return true;
  if (line.length >= 90 || endsSentence(line)) return false;
  for (const next of following) {
    if (isBullet(next) || next.length >= 120) return false;
    if (hasRange(next)) return true;
    if (endsSentence(next)) return false;
  }
  return false;
}

function splitSegments(line: string): string[] {
  const parts = line.split(SEPARATORS).flatMap((p) => {
    const at = p.match(/^(.+?)\s+(?:at|@)\s+(.+)$/i);
    if (at && isRoleLike(at[1]!)) return [at[1]!, at[2]!];
    // "Google, Mountain View, CA": the employer, then its place
    const placeTail = p.match(/^([^,]+),\s*(.+,.+)$/);
    if (placeTail && findPlace(placeTail[2]!)) return [placeTail[1]!, placeTail[2]!];
    const comma = p.match(/^([^,]+),\s*(.+)$/);
    if (comma && !findPlace(p) && isRoleLike(comma[1]!) !== isRoleLike(comma[2]!)) return [comma[1]!, comma[2]!];
    return [p];
  });
  return parts.map((p) => p.replace(/^[\s,;()]+|[\s,;()]+$/g, "").trim()).filter(Boolean);
}

const isLocation = (s: string) =>
  !!findPlace(s) || /^(remote|hybrid|on-?site)(\b.*)?$/i.test(s) || /^[A-Z][a-z]+,\s*[A-Z]{2}$/.test(s);

/** Header lines → position, employer, dates, location. */
export function readWorkHeader(header: string[]): Partial<ResumeWork> & { current?: boolean; leftover: string[] } {
  const out: Partial<ResumeWork> & { current?: boolean; leftover: string[] } = { leftover: [] };
  const kv: Record<string, string> = {};
  const segments: string[] = [];
  for (const raw of header) {
    const m = raw.match(KEY_VALUE);
    if (m) {
      kv[m[1]!.toLowerCase()] = m[2]!.trim();
      continue;
    }
    let line = raw;
    if (!out.startDate && !out.endDate) {
      const d = findDates(line);
      if (d) {
        if (d.startDate) out.startDate = d.startDate;
        if (d.endDate) out.endDate = d.endDate;
        if (d.current) out.current = true;
        line = d.rest;
      }
    }
    segments.push(...splitSegments(line));
  }
  if (kv.company || kv.employer || kv.organization || kv.organisation)
    out.name = kv.company || kv.employer || kv.organization || kv.organisation;
  const kvRole = kv.designation || kv.position || kv.role || kv.title;
  if (kvRole) out.position = kvRole;
  if (kv.location) out.location = kv.location;
  if (kv.duration || kv.period) {
    const d = findDates(kv.duration ?? kv.period ?? "");
    if (d?.startDate) out.startDate = d.startDate;
    if (d?.endDate) out.endDate = d.endDate;
  }
  if (kv.description) {
    out.summary = kv.description;
    // "description - Mumbai    May 2018 to Present": the dates and place of a key-value job
    const d = out.startDate || out.endDate ? null : findDates(kv.description);
    if (d) {
      if (d.startDate) out.startDate = d.startDate;
      if (d.endDate) out.endDate = d.endDate;
      if (d.current) out.current = true;
    }
  }

  const rest: string[] = [];
  for (const s of segments) {
    if (!out.location && isLocation(s)) out.location = s;
    else rest.push(s);
  }
  if (!out.position) {
    let best = -1;
    let bestScore = 0;
    rest.forEach((s, i) => {
      const sc = roleScore(s);
      if (sc > bestScore) {
        best = i;
        bestScore = sc;
      }
    });
    if (best >= 0) out.position = rest.splice(best, 1)[0];
  }
  const fromKeys = Object.keys(kv).length > 0;
  if (!out.name && rest.length && !fromKeys) out.name = rest.shift();
  // no word says which is which: two plain segments read as "Title, Company" is a guess; keep the order written
  if (!out.position && rest.length && !fromKeys) out.position = rest.shift();
  out.leftover.push(...rest);
  return out;
}

export function parseWork(lines: string[]): { work: ResumeWork[]; unplaced: string[] } {
  const unplaced: string[] = [];
  const work: ResumeWork[] = [];
  for (const b of splitBlocks(lines, isWorkHeader)) {
    const h = readWorkHeader(b.header);
    const entry: ResumeWork = {};
    if (h.name) entry.name = h.name;
    if (h.position) entry.position = h.position;
    if (h.location) entry.location = h.location;
    if (h.startDate) entry.startDate = h.startDate;
    if (h.endDate && !h.current) entry.endDate = h.endDate;
    const summary = detab([h.summary, ...b.body].filter(Boolean).join("\n").trim());
    if (summary) entry.summary = summary;
    if (b.bullets.length) entry.highlights = b.bullets.map(detab);
    if (!entry.name && !entry.position && !entry.startDate) {
      unplaced.push(...b.header, ...b.body, ...b.bullets);
      continue;
    }
    if (h.leftover.length) entry.summary = [h.leftover.join(" · "), entry.summary].filter(Boolean).join("\n");
    work.push(entry);
  }
  return { work, unplaced };
}
