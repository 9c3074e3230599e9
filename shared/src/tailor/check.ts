import { normalizeCompany } from "../dedup/company.ts";
import { normalizeSkill, skillSet } from "../normalize/skills.ts";
import type { JsonResume, ResumeWork } from "../resume/schema.ts";
import { describeUnsupported, factsOf, type SourceFacts, unsupportedFacts, wordsOf } from "./facts.ts";

// The fabrication checker: runs on every tailored resume, whoever wrote it (the offline tailor or a
// model). Structure (employers, titles, dates, schools, degrees, certificates) must be the source's:
// changed values are restored, unknown entries removed. Text lines may be reworded, but a line stating a
// number, skill, degree or name the source does not is removed. Every action is reported as a flag.

export interface Flag {
  path: string;
  reason: string;
}

export interface CheckedResume {
  resume: JsonResume;
  flags: Flag[];
  /** output work index → source work index (after removals), for provenance and the diff */
  workSource: number[];
}

const key = (s: string | undefined) => wordsOf(s ?? "").join(" ");
const sameText = (a: string | undefined, b: string | undefined) => key(a) === key(b);

export function checkResume(source: JsonResume, output: JsonResume, today = new Date()): CheckedResume {
  const facts = factsOf(source, today);
  const flags: Flag[] = [];
  const out: JsonResume = structuredClone(output);

  // Contact details are the user's, never the model's.
  if (source.basics || out.basics) {
    const basics = { ...(out.basics ?? {}) };
    for (const k of ["name", "email", "phone", "url", "image", "location", "profiles"] as const) {
      const src = source.basics?.[k];
      if (JSON.stringify(basics[k]) !== JSON.stringify(src)) {
        if (basics[k] !== undefined || src !== undefined)
          flags.push({ path: `basics.${k}`, reason: "restored: contact details are copied from the source" });
        if (src === undefined) delete basics[k];
        else (basics as Record<string, unknown>)[k] = structuredClone(src);
      }
    }
    const positions = [source.basics?.label, ...(source.work ?? []).map((w) => w.position)];
    if (basics.label !== undefined && !positions.some((p) => sameText(p, basics.label))) {
      flags.push({ path: "basics.label", reason: `restored: title "${basics.label}" is not one the source states` });
      if (source.basics?.label) basics.label = source.basics.label;
      else delete basics.label;
    }
    if (basics.summary !== undefined) {
      const bad = unsupportedFacts(basics.summary, [facts]);
      if (bad.length > 0) {
        flags.push({ path: "basics.summary", reason: `removed: ${describeUnsupported(bad)} not in the source resume` });
        if (source.basics?.summary) basics.summary = source.basics.summary;
        else delete basics.summary;
      }
    }
    out.basics = basics;
  }

  const workSource: number[] = [];
  if (out.work) {
    const kept: ResumeWork[] = [];
    out.work.forEach((w, i) => {
      const path = `work[${i}]`;
      const k = findWork(source.work ?? [], w);
      if (k < 0) {
        flags.push({ path, reason: `removed: employer "${w.name ?? ""}" is not in the source resume` });
        return;
      }
      const src = source.work![k]!;
      const fixed: ResumeWork = { ...w };
      const sameEmployer = (source.work ?? []).filter(
        (s) => normalizeCompany(s.name ?? "") === normalizeCompany(src.name ?? ""),
      );
      if (!sameEmployer.some((s) => sameText(s.position, w.position))) {
        flags.push({
          path: `${path}.position`,
          reason: `restored: title "${w.position ?? ""}" changed from the source "${src.position ?? ""}"`,
        });
        setOrDelete(fixed, "position", src.position);
      }
      for (const d of ["startDate", "endDate", "name", "location"] as const) {
        if (
          (w[d] ?? "") !== (src[d] ?? "") &&
          !(d === "name" && normalizeCompany(w.name ?? "") === normalizeCompany(src.name ?? ""))
        ) {
          flags.push({
            path: `${path}.${d}`,
            reason: `restored: ${d} "${w[d] ?? ""}" differs from the source "${src[d] ?? ""}"`,
          });
          setOrDelete(fixed, d, src[d]);
        }
      }
      const idx = kept.length;
      checkText(fixed, "summary", `work[${idx}]`, facts, flags, src.summary);
      fixed.highlights = checkLines(fixed.highlights, `work[${idx}].highlights`, facts, flags);
      if (fixed.highlights === undefined) delete fixed.highlights;
      kept.push(fixed);
      workSource.push(k);
    });
    out.work = kept;
  }

  if (out.education) {
    const used = new Set<number>();
    out.education = out.education.flatMap((e, i) => {
      // the same school twice (a degree and a diploma): the entry at the same index first, then an unused one
      const candidates = (source.education ?? [])
        .map((s, k) => ({ s, k }))
        .filter(({ s }) => sameText(s.institution, e.institution));
      const pick =
        candidates.find(({ k }) => k === i && !used.has(k)) ??
        candidates.find(({ k }) => !used.has(k)) ??
        candidates[0];
      if (pick) used.add(pick.k);
      const src = pick?.s;
      if (!src) {
        flags.push({
          path: `education[${i}]`,
          reason: `removed: school "${e.institution ?? ""}" is not in the source resume`,
        });
        return [];
      }
      const fixed = { ...e };
      for (const k of ["studyType", "area", "startDate", "endDate", "score"] as const) {
        if (!sameText(e[k], src[k])) {
          flags.push({
            path: `education[${i}].${k}`,
            reason: `restored: ${k} "${e[k] ?? ""}" differs from the source "${src[k] ?? ""}"`,
          });
          setOrDelete(fixed, k, src[k]);
        }
      }
      return [fixed];
    });
  }

  out.certificates = keepKnown(out.certificates, source.certificates, "certificates", "name", "certificate", flags);
  out.awards = keepKnown(out.awards, source.awards, "awards", "title", "award", flags);
  out.publications = keepKnown(out.publications, source.publications, "publications", "name", "publication", flags);
  out.languages = keepKnown(out.languages, source.languages, "languages", "language", "language", flags);
  out.volunteer = keepKnown(out.volunteer, source.volunteer, "volunteer", "organization", "organization", flags);
  out.projects = keepKnown(out.projects, source.projects, "projects", "name", "project", flags);
  out.projects?.forEach((p, i) => {
    checkText(p, "description", `projects[${i}]`, facts, flags, undefined);
    p.highlights = checkLines(p.highlights, `projects[${i}].highlights`, facts, flags);
    if (p.highlights === undefined) delete p.highlights;
  });
  out.volunteer?.forEach((v, i) => {
    v.highlights = checkLines(v.highlights, `volunteer[${i}].highlights`, facts, flags);
    if (v.highlights === undefined) delete v.highlights;
  });

  if (out.skills) {
    out.skills = out.skills.flatMap((s, i) => {
      const fixed = { ...s };
      if (s.name && !skillSupported(s.name, facts, true)) {
        flags.push({ path: `skills[${i}].name`, reason: `removed: skill "${s.name}" is not in the source resume` });
        delete fixed.name;
      }
      if (s.keywords) {
        fixed.keywords = s.keywords.filter((k, j) => {
          if (skillSupported(k, facts, false)) return true;
          flags.push({
            path: `skills[${i}].keywords[${j}]`,
            reason: `removed: skill "${k}" is not in the source resume`,
          });
          return false;
        });
      }
      return fixed.name || fixed.keywords?.length ? [fixed] : [];
    });
  }
  // the parser's notes describe the source file, not this document
  if (source.meta) out.meta = structuredClone(source.meta);
  else delete out.meta;
  return { resume: out, flags, workSource };
}

/** The source work entry an output entry stands for: same employer, then same title and start. */
export function findWork(source: ResumeWork[], w: ResumeWork): number {
  const name = normalizeCompany(w.name ?? "");
  let best = -1;
  let bestScore = -1;
  source.forEach((s, k) => {
    if (normalizeCompany(s.name ?? "") !== name) return;
    const score = (sameText(s.position, w.position) ? 2 : 0) + (s.startDate === w.startDate ? 1 : 0);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  });
  return best;
}

function setOrDelete<T extends object, K extends keyof T>(obj: T, k: K, value: T[K] | undefined) {
  if (value === undefined) delete obj[k];
  else obj[k] = value;
}

function checkText<T extends object>(
  obj: T,
  field: keyof T & string,
  path: string,
  facts: SourceFacts,
  flags: Flag[],
  fallback: string | undefined,
) {
  const text = obj[field];
  if (typeof text !== "string") return;
  const bad = unsupportedFacts(text, [facts]);
  if (bad.length === 0) return;
  flags.push({ path: `${path}.${field}`, reason: `removed: ${describeUnsupported(bad)} not in the source resume` });
  if (fallback === undefined) delete obj[field];
  else (obj as Record<string, unknown>)[field] = fallback;
}

function checkLines(lines: string[] | undefined, path: string, facts: SourceFacts, flags: Flag[]) {
  if (!lines) return lines;
  return lines.filter((line, j) => {
    const bad = unsupportedFacts(line, [facts]);
    if (bad.length === 0) return true;
    flags.push({ path: `${path}[${j}]`, reason: `removed: ${describeUnsupported(bad)} not in the source resume` });
    return false;
  });
}

/** A skill is the user's when the vocabulary finds it in the source, or the source has the words. */
export function skillSupported(name: string, facts: SourceFacts, isGroup: boolean): boolean {
  // whole words only: "Java" is not in "JavaScript", "R" is not in "React"
  const phrase = ` ${wordsOf(name).join(" ")} `;
  const inText = phrase.trim().length > 0 && facts.phrases.includes(phrase);
  const id = normalizeSkill(name);
  if (id) return facts.skills.has(id) || inText;
  const ids = skillSet(name);
  if (ids.size > 0) return [...ids].every((s) => facts.skills.has(s));
  if (unsupportedFacts(name, [facts]).length > 0) return false;
  // a group heading ("Languages", "Cloud") is a label, not a claim; an unknown skill must be in the source
  return isGroup || inText;
}

function keepKnown<T extends Record<string, unknown>>(
  list: T[] | undefined,
  source: T[] | undefined,
  path: string,
  field: keyof T & string,
  what: string,
  flags: Flag[],
): T[] | undefined {
  if (!list) return list;
  return list.flatMap((item, i) => {
    const src = (source ?? []).find((s) => sameText(s[field] as string | undefined, item[field] as string | undefined));
    if (!src) {
      flags.push({
        path: `${path}[${i}]`,
        reason: `removed: ${what} "${String(item[field] ?? "")}" is not in the source resume`,
      });
      return [];
    }
    // dates, issuers and the like are the source's; only text lines may differ
    const fixed = { ...item };
    for (const [k, v] of Object.entries(src)) {
      if (typeof v !== "string" || k === "summary" || k === "description") continue;
      if (fixed[k] !== v) {
        if (fixed[k] !== undefined)
          flags.push({
            path: `${path}[${i}].${k}`,
            reason: `restored: ${k} "${String(fixed[k])}" differs from the source "${v}"`,
          });
        (fixed as Record<string, unknown>)[k] = v;
      }
    }
    return [fixed];
  });
}
