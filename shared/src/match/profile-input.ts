import { MatchProfile } from "../profile.ts";
import { ApplicantProfile } from "../resume/applicant.ts";
import { JsonResume } from "../resume/schema.ts";
import { resumeToText } from "../resume/to-text.ts";
import { factsOfResume } from "./resume-facts.ts";

// The profile file `vanta rank` reads, in any of the forms a user has at hand:
//   {"resumeText": "…", …MatchProfile fields}  — the text is parsed like an uploaded resume;
//   {"resume": <JSON Resume>, …MatchProfile fields} — titles, years and level from its positions;
//   an ApplicantProfile / JSON Resume itself (top-level `basics`/`work`).
// Fields the file states (titles, seniority, yearsExperience, skills) win over derived ones.

export type ProfileInputResult = { ok: true; profile: MatchProfile; form: string } | { ok: false; error: string };

function issues(err: { issues: Array<{ path: PropertyKey[]; message: string }> }, prefix = ""): string {
  return err.issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join(".")}: ${i.message}`).join("; ");
}

function fromResume(resume: JsonResume, rest: unknown, now: Date): ProfileInputResult {
  const base = MatchProfile.safeParse(rest ?? {});
  if (!base.success) return { ok: false, error: issues(base.error) };
  const p = base.data;
  const facts = factsOfResume(resume, now);
  return {
    ok: true,
    form: "resume",
    profile: {
      ...p,
      resumeText: p.resumeText || resumeToText(resume),
      titles: p.titles.length > 0 ? p.titles : facts.titles,
      skills: p.skills.length > 0 ? p.skills : facts.skills.slice(0, 500),
      yearsExperience: p.yearsExperience ?? facts.years,
      seniority: p.seniority,
    },
  };
}

export function matchProfileFromJson(json: unknown, now: Date = new Date()): ProfileInputResult {
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, error: "profile must be a JSON object" };
  const obj = json as Record<string, unknown>;
  if ("resume" in obj) {
    const { resume, ...rest } = obj;
    const r = JsonResume.safeParse(resume);
    if (!r.success) return { ok: false, error: issues(r.error, "resume") };
    return fromResume(r.data, rest, now);
  }
  if (("basics" in obj || "work" in obj) && !("resumeText" in obj)) {
    const r = ApplicantProfile.safeParse(obj);
    if (!r.success) return { ok: false, error: issues(r.error) };
    return { ...fromResume(r.data, {}, now), form: "applicant" } as ProfileInputResult;
  }
  const p = MatchProfile.safeParse(obj);
  if (!p.success) return { ok: false, error: issues(p.error) };
  return { ok: true, profile: p.data, form: "match-profile" };
}
