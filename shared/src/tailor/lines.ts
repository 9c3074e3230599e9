import type { JsonResume } from "../resume/schema.ts";

// The "lines" of a resume that tailoring may select, order or reword, each with its JSON path
// (`work[0].highlights[2]`, `basics.summary`, `skills[1].keywords[0]`). Provenance, the checker and
// the diff all speak in these paths.

export type LineKind = "summary" | "label" | "highlight" | "work-summary" | "project" | "skill-group" | "skill";

export interface ResumeLine {
  path: string;
  text: string;
  kind: LineKind;
}

export function resumeLines(r: JsonResume): ResumeLine[] {
  const out: ResumeLine[] = [];
  const push = (path: string, text: string | undefined, kind: LineKind) => {
    if (text?.trim()) out.push({ path, text: text.trim(), kind });
  };
  push("basics.label", r.basics?.label, "label");
  push("basics.summary", r.basics?.summary, "summary");
  (r.work ?? []).forEach((w, i) => {
    push(`work[${i}].summary`, w.summary, "work-summary");
    push(`work[${i}].description`, w.description, "work-summary");
    (w.highlights ?? []).forEach((h, j) => {
      push(`work[${i}].highlights[${j}]`, h, "highlight");
    });
  });
  (r.projects ?? []).forEach((p, i) => {
    push(`projects[${i}].description`, p.description, "project");
    (p.highlights ?? []).forEach((h, j) => {
      push(`projects[${i}].highlights[${j}]`, h, "project");
    });
  });
  (r.volunteer ?? []).forEach((v, i) => {
    push(`volunteer[${i}].summary`, v.summary, "work-summary");
    (v.highlights ?? []).forEach((h, j) => {
      push(`volunteer[${i}].highlights[${j}]`, h, "highlight");
    });
  });
  (r.skills ?? []).forEach((s, i) => {
    push(`skills[${i}].name`, s.name, "skill-group");
    (s.keywords ?? []).forEach((k, j) => {
      push(`skills[${i}].keywords[${j}]`, k, "skill");
    });
  });
  return out;
}

/** Every string of the resume that states a fact (names, titles, dates, text), with its path. */
export function resumeStrings(r: JsonResume): ResumeLine[] {
  const out: ResumeLine[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (value.trim()) out.push({ path, text: value, kind: "summary" });
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) {
        // links, e-mail and the parser's own notes state no claim a tailored resume could borrow
        if (k === "meta" || k === "url" || k === "image" || k === "email" || k === "$schema") continue;
        walk(v, path ? `${path}.${k}` : k);
      }
  };
  walk(r, "");
  return out;
}

/** Reads a value at a path like `work[0].highlights[2]`. */
export function getPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const key of splitPath(path)) {
    if (cur === null || cur === undefined) return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

export function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

/** The list a line sits in and its index: `work[0].highlights[2]` → [`work[0].highlights`, 2]. */
export function listOf(path: string): [string, number] | null {
  const m = /^(.*)\[(\d+)\]$/.exec(path);
  return m ? [m[1]!, Number(m[2])] : null;
}
