import { Agent, tool } from "@openai/agents";
import { parseResumeText } from "@vanta/shared/resume/parse";
import { JsonResume } from "@vanta/shared/resume/schema";
import { z } from "zod";

// The Resume Parser (issue 7, optional model path): the model reads the resume text and answers in a
// JSON Resume shape. Its tool hands it the offline parser's draft and the lines that parser could not
// place, so the model corrects and completes a real parse instead of starting blank. The answer is
// validated by the same JSON Resume schema as the offline parse (services/resume/parse-with-model.ts).

// absent is "" rather than null: every field is required in strict structured output, and an empty
// string is what models reliably give for "not stated"
const s = (what: string) => z.string().describe(`${what}; "" when the resume does not say`);
const date = (what: string) => z.string().describe(`${what}: YYYY-MM, YYYY or YYYY-MM-DD; "" when absent`);

// contact fields sit at the top level (not under "basics"): a flat answer is easier for a model to fill
export const ResumeParseOutput = z.object({
  name: s("The person's full name"),
  label: s("Their headline or current title, as written"),
  email: s("Email address"),
  phone: s("Phone number, as written"),
  url: s("Personal website URL"),
  summary: s("The summary / profile paragraph, as written"),
  city: s("City they live in"),
  region: s("State, province or region"),
  countryCode: s("ISO 3166-1 alpha-2 country code"),
  profiles: z
    .array(z.object({ network: s("LinkedIn, GitHub, ..."), username: s("Handle"), url: s("Profile URL") }))
    .describe("Social and code profiles"),
  work: z
    .array(
      z.object({
        name: s("Employer"),
        position: s("Job title"),
        location: s("Where the job was"),
        startDate: date("Start"),
        endDate: date('End; "" when the job is current (Present)'),
        summary: s("Prose about the job that is not a bullet"),
        highlights: z.array(z.string()).describe("The job's bullets, verbatim"),
      }),
    )
    .describe("Jobs, newest first as written"),
  education: z
    .array(
      z.object({
        institution: s("School"),
        studyType: s("Degree as written, e.g. B.S., Master of Science"),
        area: s("Field of study"),
        startDate: date("Start"),
        endDate: date("End or graduation"),
        score: s("GPA or grade, as written"),
      }),
    )
    .describe("Schools"),
  skills: z
    .array(z.object({ name: s("Group name, e.g. Languages"), keywords: z.array(z.string()).describe("Skills") }))
    .describe("Skills, grouped as written"),
  projects: z
    .array(
      z.object({
        name: s("Project"),
        description: s("What it is"),
        highlights: z.array(z.string()).describe("Bullets"),
      }),
    )
    .describe("Projects"),
  certificates: z
    .array(z.object({ name: s("Certificate"), issuer: s("Issuer"), date: date("Date") }))
    .describe("Certificates"),
  languages: z.array(z.object({ language: s("Language"), fluency: s("Fluency") })).describe("Spoken languages"),
  awards: z.array(z.object({ title: s("Award"), awarder: s("Who gave it"), date: date("Date") })).describe("Awards"),
});
export type ResumeParseOutput = z.infer<typeof ResumeParseOutput>;

export const RESUME_PARSER_INSTRUCTIONS =
  "You turn a resume's text into structured data. Call parse_resume_draft first: it returns a draft from a " +
  "rule-based parser and the lines it could not place. Answer with the draft corrected against the text: fix " +
  "swapped employer and title, missed or merged jobs and schools, and place the unplaced lines where they " +
  "belong. Copy names, titles, dates and bullets as written; never invent anything the text does not say. " +
  "Dates as YYYY-MM or YYYY; a current job has an empty endDate.";

const clean = (v: unknown): unknown => (v === null || v === "" ? undefined : v);

/** JSON Resume → the agent's output shape ("" for absent fields: strict structured output requires every field). */
export function toOutput(r: JsonResume): ResumeParseOutput {
  const b = r.basics ?? {};
  return {
    name: b.name ?? "",
    label: b.label ?? "",
    email: b.email ?? "",
    phone: b.phone ?? "",
    url: b.url ?? "",
    summary: b.summary ?? "",
    city: b.location?.city ?? "",
    region: b.location?.region ?? "",
    countryCode: b.location?.countryCode ?? "",
    profiles: (b.profiles ?? []).map((p) => ({
      network: p.network ?? "",
      username: p.username ?? "",
      url: p.url ?? "",
    })),
    work: (r.work ?? []).map((w) => ({
      name: w.name ?? "",
      position: w.position ?? "",
      location: w.location ?? "",
      startDate: w.startDate ?? "",
      endDate: w.endDate ?? "",
      summary: w.summary ?? "",
      highlights: w.highlights ?? [],
    })),
    education: (r.education ?? []).map((e) => ({
      institution: e.institution ?? "",
      studyType: e.studyType ?? "",
      area: e.area ?? "",
      startDate: e.startDate ?? "",
      endDate: e.endDate ?? "",
      score: e.score ?? "",
    })),
    skills: (r.skills ?? []).map((k) => ({ name: k.name ?? "", keywords: k.keywords ?? [] })),
    projects: (r.projects ?? []).map((p) => ({
      name: p.name ?? "",
      description: p.description ?? "",
      highlights: p.highlights ?? [],
    })),
    certificates: (r.certificates ?? []).map((c) => ({
      name: c.name ?? "",
      issuer: c.issuer ?? "",
      date: c.date ?? "",
    })),
    languages: (r.languages ?? []).map((l) => ({ language: l.language ?? "", fluency: l.fluency ?? "" })),
    awards: (r.awards ?? []).map((a) => ({ title: a.title ?? "", awarder: a.awarder ?? "", date: a.date ?? "" })),
  };
}

/** Drops empty values recursively so the JSON Resume schema sees absent fields, not "". */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune).filter((v) => v !== undefined);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (
        p !== undefined &&
        !(Array.isArray(p) && p.length === 0) &&
        !(typeof p === "object" && p && !Array.isArray(p) && !Object.keys(p).length)
      )
        out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return clean(value);
}

/** The agent's answer → JSON Resume, validated by the schema the offline parse meets (throws when it does not). */
export function fromOutput(o: ResumeParseOutput): JsonResume {
  const { name, label, email, phone, url, summary, city, region, countryCode, profiles, ...sections } = o;
  const basics = { name, label, email, phone, url, summary, location: { city, region, countryCode }, profiles };
  const shaped = prune({ basics, ...sections }) ?? {};
  return JsonResume.parse(shaped);
}

export function resumeParserAgent(text: string) {
  const draft = parseResumeText(text);
  const parseResumeDraft = tool({
    name: "parse_resume_draft",
    description: "A draft of the resume's structure from the rule-based parser, and the lines it could not place.",
    parameters: z.object({}),
    execute: async () => ({ ...toOutput(draft), unplaced: draft.meta?.unplaced ?? [] }),
  });
  return new Agent({
    name: "resume_parser",
    instructions: RESUME_PARSER_INSTRUCTIONS,
    tools: [parseResumeDraft],
    outputType: ResumeParseOutput,
  });
}
