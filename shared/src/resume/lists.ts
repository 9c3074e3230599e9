import { withScheme } from "./contact.ts";
import { findDates } from "./dates.ts";
import type { JsonResume } from "./schema.ts";
import { detab, isBullet, isRoleLike, stripBullet } from "./words.ts";
import { parseWork, splitBlocks } from "./work.ts";

// The smaller sections: one line per item, or (projects, volunteer) entries with bullets.

type Projects = NonNullable<JsonResume["projects"]>;
type Certificates = NonNullable<JsonResume["certificates"]>;
type Languages = NonNullable<JsonResume["languages"]>;
type Awards = NonNullable<JsonResume["awards"]>;
type Volunteer = NonNullable<JsonResume["volunteer"]>;
type Publications = NonNullable<JsonResume["publications"]>;
type Interests = NonNullable<JsonResume["interests"]>;
type References = NonNullable<JsonResume["references"]>;

const clean = (l: string) => (isBullet(l) ? stripBullet(l) : l.trim());
const SPLIT = /(?:(?<!\s)\s+)?(?:\s\|\s|\|| — | – | - | • | · |\t|\s{3,})\s*/;

/** "Name — Issuer (2021)", "Name, Issuer, Mar 2020" → name, issuer/awarder, date. */
function titled(line: string): { title: string; by?: string; date?: string; start?: string; end?: string } {
  let text = clean(line);
  const d = findDates(text);
  if (d) text = d.rest;
  const parts = text.split(SPLIT).filter(Boolean);
  const [title, by] = parts.length > 1 ? [parts[0]!, parts.slice(1).join(", ")] : [text, undefined];
  // `date` for one-date items (awards, certificates); `start`/`end` for spans (projects)
  const date = d?.endDate ?? d?.startDate;
  return {
    title: title.replace(/[,;]+$/, ""),
    ...(by ? { by } : {}),
    ...(date ? { date } : {}),
    ...(d?.startDate ? { start: d.startDate } : {}),
    ...(d?.endDate ? { end: d.endDate } : {}),
  };
}

export function parseProjects(lines: string[]): Projects {
  const isStart = (line: string) => line.length < 90 && !/[.!?]$/.test(line) && /^[A-Z0-9]/.test(line);
  return splitBlocks(lines, isStart).map((b) => {
    const [head = "", ...roles] = b.header;
    const url = head.match(/https?:\/\/[^\s)]+|\b[\w-]+\.(?:com|io|dev|app|org|net)(?:\/[^\s)]*)?/);
    const first = url ? head.replace(url[0], " ").replace(/\(\s*\)|\[\s*\]/g, " ") : head;
    const t = titled(first.replace(/\s+/g, " ").trim());
    const p: Projects[number] = { name: t.title };
    if (t.start) p.startDate = t.start;
    if (t.end) p.endDate = t.end;
    if (url) p.url = withScheme(url[0]);
    // "Gitlytics | Python, Flask, React": the stack after the name
    if (t.by?.includes(",")) p.keywords = t.by.split(/\s*,\s*/).filter(Boolean);
    else if (t.by) p.entity = t.by;
    // "Creator & Maintainer" is a role; "A mapping engine that misguides you" describes the project
    const roleLines = roles.filter((r) => r.length <= 50 && isRoleLike(r));
    const about = [...roles.filter((r) => !roleLines.includes(r)), ...b.body];
    if (roleLines.length) p.roles = roleLines;
    if (about.length) p.description = detab(about.join(" "));
    if (b.bullets.length) p.highlights = b.bullets.map(detab);
    return p;
  });
}

export function parseCertificates(lines: string[]): Certificates {
  return lines
    .map(clean)
    .filter(Boolean)
    .map((l) => {
      const t = titled(l);
      return { name: t.title, ...(t.by ? { issuer: t.by } : {}), ...(t.date ? { date: t.date } : {}) };
    });
}

export function parseAwards(lines: string[]): Awards {
  return lines
    .map(clean)
    .filter(Boolean)
    .map((l) => {
      const t = titled(l);
      return { title: t.title, ...(t.by ? { awarder: t.by } : {}), ...(t.date ? { date: t.date } : {}) };
    });
}

export function parsePublications(lines: string[]): Publications {
  return lines
    .map(clean)
    .filter(Boolean)
    .map((l) => {
      const t = titled(l);
      return { name: t.title, ...(t.by ? { publisher: t.by } : {}), ...(t.date ? { releaseDate: t.date } : {}) };
    });
}

/** "English (Native), Hindi – Fluent" → language + fluency. */
export function parseLanguages(lines: string[]): Languages {
  const out: Languages = [];
  for (const item of lines
    .map(clean)
    .join(", ")
    .split(/(?:(?<!\s)\s+)?[,;|•]\s*/)) {
    const m = item.match(/^([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)\s*(?:\(([^)]+)\)|[-–:·]\s*(.+))?$/u);
    if (m) out.push({ language: m[1]!, ...(m[2] || m[3] ? { fluency: (m[2] ?? m[3])!.trim() } : {}) });
    else if (item.trim()) out.push({ language: item.trim() });
  }
  return out;
}

export function parseInterests(lines: string[]): Interests {
  return lines
    .map(clean)
    .join(", ")
    .split(/(?:(?<!\s)\s+)?[,;|•]\s*/)
    .filter(Boolean)
    .map((name) => ({ name }));
}

export function parseReferences(lines: string[]): References {
  const text = lines.map(clean).filter(Boolean).join("\n");
  return text ? [{ reference: text }] : [];
}

export function parseVolunteer(lines: string[]): { volunteer: Volunteer; unplaced: string[] } {
  const { work, unplaced } = parseWork(lines);
  const volunteer = work.map(({ name, location: _l, description: _d, ...rest }) => ({
    ...(name ? { organization: name } : {}),
    ...rest,
  }));
  return { volunteer, unplaced };
}
