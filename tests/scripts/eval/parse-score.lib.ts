import type { JsonResume } from "@vanta/shared/resume/schema";
import { skillNames } from "@vanta/shared/resume/skills";

// Field-by-field comparison of a parsed resume with hand-typed expected facts (parse-expected.json).

export interface ExpectedWork {
  name: string;
  position?: string;
  startDate?: string;
  endDate?: string | null;
}
export interface ExpectedResume {
  name?: string;
  email?: string;
  phone?: string;
  work?: ExpectedWork[];
  education?: Array<{ institution: string; studyType?: string }>;
  skills?: string[];
}

export const FIELD_KINDS = [
  "name",
  "email",
  "phone",
  "employer",
  "position",
  "startDate",
  "endDate",
  "school",
  "degree",
  "skill",
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];
export interface Check {
  kind: FieldKind;
  ok: boolean;
  expected: string;
  got: string;
}

const norm = (s: string | undefined | null) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[.,;:()'’"]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const digits = (s: string | undefined) => (s ?? "").replace(/\D/g, "");

export function score(parsed: JsonResume, exp: ExpectedResume): Check[] {
  const checks: Check[] = [];
  const push = (kind: FieldKind, ok: boolean, expected: string, got: string | undefined) =>
    checks.push({ kind, ok, expected, got: got ?? "∅" });
  const b = parsed.basics ?? {};
  if (exp.name) push("name", norm(b.name) === norm(exp.name), exp.name, b.name);
  if (exp.email) push("email", norm(b.email) === norm(exp.email), exp.email, b.email);
  if (exp.phone) push("phone", digits(b.phone) === digits(exp.phone), exp.phone, b.phone);

  const work = parsed.work ?? [];
  for (const w of exp.work ?? []) {
    const sameName = work.filter((p) => norm(p.name) === norm(w.name));
    // several entries at one employer: judge the one that fits the expected position and dates best
    const fit = (p: (typeof work)[number]) =>
      (w.position && norm(p.position) === norm(w.position) ? 1 : 0) + (p.startDate === w.startDate ? 1 : 0);
    const hit = sameName.sort((a, c) => fit(c) - fit(a))[0];
    push("employer", !!hit, w.name, hit?.name ?? work.map((p) => p.name).join(" | "));
    if (w.position !== undefined)
      push("position", !!hit && norm(hit.position) === norm(w.position), w.position, hit?.position);
    if (w.startDate !== undefined) push("startDate", hit?.startDate === w.startDate, w.startDate, hit?.startDate);
    if (w.endDate !== undefined)
      push(
        "endDate",
        !!hit && (hit.endDate ?? null) === w.endDate,
        String(w.endDate ?? "Present"),
        hit ? (hit.endDate ?? "Present") : undefined,
      );
  }

  const schools = [...(parsed.education ?? [])];
  for (const e of exp.education ?? []) {
    const cands = schools.filter((p) => norm(p.institution) === norm(e.institution));
    const hit = (e.studyType ? cands.find((p) => norm(p.studyType) === norm(e.studyType)) : undefined) ?? cands[0];
    // each parsed school answers one expected school
    if (hit) schools.splice(schools.indexOf(hit), 1);
    push("school", !!hit, e.institution, hit?.institution ?? parsed.education?.map((p) => p.institution).join(" | "));
    if (e.studyType) push("degree", !!hit && norm(hit.studyType) === norm(e.studyType), e.studyType, hit?.studyType);
  }

  const have = new Set(skillNames(parsed.skills).map(norm));
  for (const s of exp.skills ?? []) push("skill", have.has(norm(s)), s, have.has(norm(s)) ? s : undefined);
  return checks;
}

/** A simple baseline for the contact fields: the first line as the name, the first email / phone-like match. */
export function baselineResume(text: string): JsonResume {
  const first = text
    .split("\n")
    .find((l) => l.trim())
    ?.trim();
  const email = text.match(/[\w.+-]+@[\w-]+\.[\w.]+/)?.[0];
  const phone = text.match(/\+?\d[\d ()-]{8,}\d/)?.[0];
  return {
    basics: { ...(first ? { name: first } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
  };
}
