import { fixMojibake } from "../normalize/html.ts";
import { EMAIL_RE, findLinks, findPhone, findPlace, looksLikeName, nameCase } from "./contact.ts";
import { parseEducation } from "./education.ts";
import { fitToSchema } from "./fit.ts";
import {
  parseAwards,
  parseCertificates,
  parseInterests,
  parseLanguages,
  parseProjects,
  parsePublications,
  parseReferences,
  parseVolunteer,
} from "./lists.ts";
import type { JsonResume } from "./schema.ts";
import { inlineSection, type SectionKey, sectionOf } from "./sections.ts";
import { parseSkills, skillNames } from "./skills.ts";
import { detab, isRoleLike, joinWrapped } from "./words.ts";
import { parseWork } from "./work.ts";

// Resume text → JSON Resume. Pure: the same code runs in the server, the CLI and the tests.
// Every line ends up in a field or in `meta.unplaced`; `meta.confidence` says how sure each section is.

type Basics = NonNullable<JsonResume["basics"]>;

// Headings some exports glue to the previous word ("…24 monthsCompany Details").
// and headings that end a long line of other content ("… C++ Education Details").
const GLUED =
  /(?<=\S)[ \t]*(Education Details|Skill Details|Company Details|Project Details|Personal Details)[ \t]*$/gm;

// No resume line is this long; a longer one (a whole section glued into one line) is cut at spaces, which
// also bounds what each line-level pattern can cost on hostile input.
const MAX_LINE = 1_000;

function wrapLong(line: string): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > MAX_LINE) {
    const space = rest.lastIndexOf(" ", MAX_LINE);
    const cut = space > MAX_LINE / 2 ? space : MAX_LINE;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/** Text as converters give it → trimmed lines; wide gaps (3+ spaces) kept as a tab (a column break). */
export function toLines(text: string): string[] {
  // NFKC: PDF ligatures ("ﬁ") and full-width forms become plain letters
  return fixMojibake(text)
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(GLUED, "\n$1\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .split("\n")
    .flatMap(wrapLong)
    .map((l) =>
      l
        .replace(/\*\*|__/g, "")
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, t: string, u: string) => (t === u ? t : `${t} ${u}`))
        .replace(/^#{1,6}\s+/, "")
        .replace(/ {3,}/g, "\t")
        .replace(/[ \f\v]+/g, " ")
        .replace(/\s*\t\s*/g, "\t")
        .trim(),
    )
    .filter((l) => l.length > 0 && !/^[-=_*~.]{3,}$/.test(l));
}

// "SKILLS C Basics, IOT…" and "EDUCATION Details": an ALL CAPS heading word starting a line of content.
function capsHeading(line: string): { key: SectionKey; rest: string } | null {
  const m = line.match(/^([A-Z][A-Z&/ ]{2,40}?)\s+(\S.*)$/);
  if (!m) return null;
  const key = sectionOf(m[1]!);
  return key ? { key, rest: m[2]! } : null;
}

// Inside entries "Tools: Docker, Git" or "Project: Billing" are content, not a new section: there only an
// ALL CAPS heading with content after it switches section.
const CONTENT_SECTIONS = new Set<SectionKey>(["work", "projects", "volunteer", "skills", "education"]);

function headingInside(current: SectionKey | null, line: string): { key: SectionKey; rest: string } | null {
  const caps = capsHeading(line);
  if (caps && caps.key !== current) return caps;
  const inline = inlineSection(line);
  if (!inline || inline.key === current) return null;
  // "Technical Skills: …" after the last job opens Skills; "Tools & Technologies: …" inside a job stays there
  if (
    current &&
    CONTENT_SECTIONS.has(current) &&
    !/\b(skills|education|experience|projects|certifications)\b/i.test(line.split(":")[0]!)
  )
    return null;
  return inline;
}

function splitSections(lines: string[]): { header: string[]; sections: Array<{ key: SectionKey; lines: string[] }> } {
  const header: string[] = [];
  const sections: Array<{ key: SectionKey; lines: string[] }> = [];
  let cur: { key: SectionKey; lines: string[] } | null = null;
  const open = (key: SectionKey) => {
    // a section seen twice (two "Experience" blocks, a two-column page) is merged
    const existing = sections.find((s) => s.key === key);
    cur = existing ?? { key, lines: [] };
    if (!existing) sections.push(cur);
    return cur;
  };
  for (const line of lines) {
    const key = sectionOf(line);
    if (key) {
      open(key);
      continue;
    }
    const inline = headingInside((cur as { key: SectionKey } | null)?.key ?? null, line);
    if (inline) {
      open(inline.key).lines.push(...inline.rest.split(/\s+\*\s+/).filter(Boolean));
      continue;
    }
    if (cur) (cur as { lines: string[] }).lines.push(line);
    else header.push(line);
  }
  return { header, sections };
}

/** Name, label, contact and links from the header lines (and contact lines anywhere). */
const CREDENTIALS =
  /(?:,\s*(?:ph\.?d\.?|m\.?d\.?|mba|m\.?s\.?|m\.?a\.?|cpa|pmp|cfa|pe|p\.e\.|rn|esq\.?|jd|shrm-cp|csm|cissp))+\s*$/i;

// "Languages: Python, Java, C" before any heading: a skill group, unless it is a contact label
const SKILL_GROUP = /^[A-Za-z][\w &/+#.-]{1,40}:\s*[^,]+(?:,[^,]+){2,}$/;
const CONTACT_LABEL =
  /^(e-?mail|phone|mobile|tel|cell|address|location|linkedin|github|website|portfolio|nationality|dob|date of birth)\s*:/i;

function readBasics(
  header: string[],
  all: string[],
): { basics: Basics; unplaced: string[]; summary: string[]; skillLines: string[] } {
  const basics: Basics = {};
  const skillLines: string[] = [];
  const unplaced: string[] = [];
  const summary: string[] = [];
  const text = all.join("\n");
  const email = text.match(EMAIL_RE)?.[0];
  if (email) basics.email = email;
  const phone = findPhone(header.join("\n")) ?? findPhone(text);
  if (phone) basics.phone = phone;
  // the personal site comes from the header only: a URL in a job or project is that job's or project's
  const links = findLinks(header.join("\n"));
  // elsewhere only the known networks count: a project's or an employer's URL is not the person's
  const moreLinks = findLinks(text, false);
  const profiles = [...links.profiles];
  for (const p of moreLinks.profiles) if (!profiles.some((q) => q.network === p.network)) profiles.push(p);
  if (profiles.length) basics.profiles = profiles;
  if (links.url) basics.url = links.url;

  const seen = new Set<string>();
  for (const line of header) {
    if (seen.has(line)) continue;
    seen.add(line);
    let rest = line;
    if (email) rest = rest.replace(email, " ");
    if (phone) rest = rest.replace(phone, " ");
    for (const u of [...links.used, ...moreLinks.used]) rest = rest.replace(u, " ");
    rest = rest.replace(/\b(e-?mail|phone|mobile|tel|cell|linkedin|github|website|portfolio|address)\s*[:-]?/gi, " ");
    const segments = rest
      .split(/(?:(?<!\s)\s+)?(?:\t|\||•|·|,\s(?=[^,]*@)|\s{2,}|;| \/ )\s*/)
      .map((s) => s.replace(/^[\s,]+|[\s,]+$/g, ""))
      .filter((s) => s.length > 0);
    const joined = segments.join(", ");
    if (!basics.location) {
      const place = findPlace(joined);
      if (place) {
        basics.location = place;
        continue;
      }
    }
    for (const seg of segments) {
      // "Jane Doe, PhD" / "JANE DOE, CPA, PMP": the name without the letters after it
      const bare = seg.replace(CREDENTIALS, "");
      if (!basics.name && looksLikeName(bare)) {
        basics.name = nameCase(bare);
        // JSON Resume has no field for them: reported, not dropped
        if (bare !== seg) unplaced.push(seg.slice(bare.length).replace(/^\s*,\s*/, ""));
      } else if (!basics.location && findPlace(seg)) basics.location = findPlace(seg) ?? undefined;
      else if (!basics.label && basics.name && seg.length < 80 && isRoleLike(seg) && !/[.!?]$/.test(seg))
        basics.label = nameCase(seg);
      else if (seg.length > 100 || (basics.name && /[.!?]$/.test(seg) && seg.split(" ").length > 8)) summary.push(seg);
      else if (seg.toLowerCase() === basics.name?.toLowerCase()) continue;
      else if (SKILL_GROUP.test(seg) && !CONTACT_LABEL.test(seg)) skillLines.push(seg);
      else unplaced.push(seg);
    }
  }
  return { basics, unplaced, summary, skillLines };
}

/** "Web Designer - Trust Systems" found outside the job entry: the position held at that known employer. */
function placePositions(work: NonNullable<JsonResume["work"]>, unplaced: string[]) {
  const key = (s: string | undefined) =>
    (s ?? "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  for (let i = unplaced.length - 1; i >= 0; i--) {
    const m = unplaced[i]!.match(/^(.{2,80}?)\s+(?:[-–—|,@]|at)\s+(.{2,80})$/);
    if (!m || !isRoleLike(m[1]!)) continue;
    const jobs = work.filter((w) => key(w.name) === key(m[2]) && !w.position);
    if (!jobs.length) continue;
    for (const w of jobs) w.position = m[1]!.trim();
    unplaced.splice(i, 1);
  }
}

/** Parses resume text into JSON Resume with `meta.confidence` per section and `meta.unplaced` lines. */
export function parseResumeText(text: string): JsonResume {
  const lines = toLines(text);
  const { header, sections } = splitSections(lines);
  const contactLines = sections.filter((s) => s.key === "basics").flatMap((s) => s.lines);
  const { basics, unplaced, summary, skillLines } = readBasics([...header, ...contactLines], lines);
  if (skillLines.length) sections.push({ key: "skills", lines: skillLines });
  const resume: JsonResume = {};

  for (const { key, lines: body } of sections) {
    switch (key) {
      case "basics":
        break;
      case "summary":
        summary.push(...body);
        break;
      case "work": {
        const r = parseWork(body);
        if (r.work.length) resume.work = [...(resume.work ?? []), ...r.work];
        unplaced.push(...r.unplaced);
        break;
      }
      case "education": {
        const r = parseEducation(body);
        if (r.education.length) resume.education = [...(resume.education ?? []), ...r.education];
        unplaced.push(...r.unplaced);
        break;
      }
      case "skills": {
        const r = parseSkills(body);
        if (r.skills.length) resume.skills = [...(resume.skills ?? []), ...r.skills];
        unplaced.push(...r.unplaced);
        break;
      }
      case "projects":
        resume.projects = parseProjects(body);
        break;
      case "certificates":
        resume.certificates = parseCertificates(body);
        break;
      case "languages":
        resume.languages = parseLanguages(body);
        break;
      case "awards":
        resume.awards = parseAwards(body);
        break;
      case "volunteer": {
        const r = parseVolunteer(body);
        resume.volunteer = r.volunteer;
        unplaced.push(...r.unplaced);
        break;
      }
      case "publications":
        resume.publications = parsePublications(body);
        break;
      case "interests":
        resume.interests = parseInterests(body);
        break;
      case "references":
        resume.references = parseReferences(body);
        break;
    }
  }
  placePositions(resume.work ?? [], unplaced);
  // a lone title line ("Java Developer") the header did not claim: the label the person gives themselves
  if (!basics.label) {
    const i = unplaced.findIndex((l) => l.length <= 60 && !/\d|:/.test(l) && isRoleLike(l) && !/[.!?]$/.test(l));
    if (i >= 0) basics.label = unplaced.splice(i, 1)[0]!.trim();
  }
  if (summary.length) basics.summary = detab(joinWrapped(summary)).replace(/\s+/g, " ").trim();
  if (Object.keys(basics).length) resume.basics = basics;

  for (const k of LIST_SECTIONS) if (!resume[k]?.length) delete resume[k];
  const leftover = unplaced.filter((l) => l.trim().length > 0);
  const fitted = fitToSchema(resume, leftover);
  fitted.meta = {
    confidence: sectionConfidence(fitted),
    unplaced: leftover.map((l) => l.slice(0, 5_000)).slice(0, 2_000),
  };
  return fitted;
}

const LIST_SECTIONS = [
  "projects",
  "certificates",
  "languages",
  "awards",
  "volunteer",
  "publications",
  "interests",
  "references",
] as const;

function round(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

/**
 * 0–1 per section present: how complete its entries are (a job with employer, title and dates is 1;
 * contact with name and email and phone and a place or profile is 1). Sections read from one line per
 * item without structure to check get 0.6.
 */
export function sectionConfidence(resume: JsonResume): Record<string, number> {
  const confidence: Record<string, number> = {};
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const b = resume.basics;
  if (b && Object.keys(b).length)
    confidence.basics = round(
      (b.name ? 0.4 : 0) + (b.email ? 0.3 : 0) + (b.phone ? 0.15 : 0) + (b.location || b.profiles ? 0.15 : 0),
    );
  if (resume.work?.length)
    confidence.work = round(
      mean(resume.work.map((w) => ((w.name ? 1 : 0) + (w.position ? 1 : 0) + (w.startDate || w.endDate ? 1 : 0)) / 3)),
    );
  if (resume.education?.length)
    confidence.education = round(
      mean(
        resume.education.map(
          (e) => ((e.institution ? 1 : 0) + (e.studyType ? 1 : 0) + (e.endDate || e.startDate ? 0.5 : 0)) / 2.5,
        ),
      ),
    );
  if (resume.skills?.length) {
    const names = skillNames(resume.skills);
    const short = names.filter((n) => n.split(" ").length <= 4).length;
    confidence.skills = round(names.length ? 0.4 + 0.5 * (short / names.length) : 0.3);
  }
  for (const k of LIST_SECTIONS) if (resume[k]?.length) confidence[k] = 0.6;
  return confidence;
}

/** How much of a resume the parse found: used to refuse a file that is not a resume. */
export function resumeSignals(resume: JsonResume): number {
  const b = resume.basics ?? {};
  return (
    (resume.work?.length ? 2 : 0) +
    (resume.education?.length ? 1 : 0) +
    (resume.skills?.length ? 1 : 0) +
    (resume.projects?.length ? 0.5 : 0) +
    (b.email ? 1 : 0) +
    (b.phone ? 0.5 : 0) +
    (b.name ? 0.5 : 0) +
    (b.profiles?.length ? 0.5 : 0) +
    // dated entries (jobs, schools, projects) are what a resume is made of; a letter or a posting has few
    ([...(resume.work ?? []), ...(resume.education ?? []), ...(resume.projects ?? [])].filter(
      (e) => e.startDate || e.endDate,
    ).length >= 2
      ? 1
      : 0)
  );
}

/** A parse with too few resume parts (no jobs, schools, skills or contact) is not a resume. */
export const looksLikeResume = (resume: JsonResume): boolean => resumeSignals(resume) >= 2;
