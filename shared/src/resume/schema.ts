import { z } from "zod";
import { LooseHttpUrl } from "../http-url.ts";

/**
 * JSON Resume (jsonresume.org schema v1): the format other resume tools read and write, so a user can bring
 * theirs and take it with them. Every field is optional as in the schema; strings are bounded so a hostile file
 * cannot blow up storage. Unknown keys are dropped.
 */
const str = (max = 2_000) => z.string().trim().max(max);
// A resume's links are typed by people ("github.com/ana"): any scheme but http(s) is refused.
const url = LooseHttpUrl;

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. "Present" is expressed by leaving `endDate` out. */
export const ResumeDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "a date as YYYY-MM-DD, YYYY-MM or YYYY");
export type ResumeDate = z.infer<typeof ResumeDate>;

export const ResumeLocation = z.object({
  address: str(500).optional(),
  postalCode: str(40).optional(),
  city: str(200).optional(),
  countryCode: str(10).optional(),
  region: str(200).optional(),
});

export const ResumeProfileLink = z.object({
  network: str(100).optional(),
  username: str(200).optional(),
  url: url.optional(),
});

export const ResumeBasics = z.object({
  name: str(300).optional(),
  label: str(300).optional(),
  image: url.optional(),
  email: str(320).optional(),
  phone: str(60).optional(),
  url: url.optional(),
  summary: str(10_000).optional(),
  location: ResumeLocation.optional(),
  profiles: z.array(ResumeProfileLink).max(50).optional(),
});

const highlights = z.array(str(5_000)).max(200).optional();

export const ResumeWork = z.object({
  name: str(300).optional(),
  position: str(300).optional(),
  location: str(300).optional(),
  description: str(2_000).optional(),
  url: url.optional(),
  startDate: ResumeDate.optional(),
  endDate: ResumeDate.optional(),
  summary: str(10_000).optional(),
  highlights,
});

export const ResumeVolunteer = z.object({
  organization: str(300).optional(),
  position: str(300).optional(),
  url: url.optional(),
  startDate: ResumeDate.optional(),
  endDate: ResumeDate.optional(),
  summary: str(10_000).optional(),
  highlights,
});

export const ResumeEducation = z.object({
  institution: str(300).optional(),
  url: url.optional(),
  area: str(300).optional(),
  studyType: str(300).optional(),
  startDate: ResumeDate.optional(),
  endDate: ResumeDate.optional(),
  score: str(100).optional(),
  courses: z.array(str(300)).max(200).optional(),
});

export const ResumeAward = z.object({
  title: str(300).optional(),
  date: ResumeDate.optional(),
  awarder: str(300).optional(),
  summary: str(5_000).optional(),
});

export const ResumeCertificate = z.object({
  name: str(300).optional(),
  date: ResumeDate.optional(),
  issuer: str(300).optional(),
  url: url.optional(),
});

export const ResumePublication = z.object({
  name: str(500).optional(),
  publisher: str(300).optional(),
  releaseDate: ResumeDate.optional(),
  url: url.optional(),
  summary: str(5_000).optional(),
});

export const ResumeSkill = z.object({
  name: str(200).optional(),
  level: str(100).optional(),
  keywords: z.array(str(200)).max(200).optional(),
});

export const ResumeLanguage = z.object({
  language: str(100).optional(),
  fluency: str(100).optional(),
});

export const ResumeInterest = z.object({
  name: str(200).optional(),
  keywords: z.array(str(200)).max(100).optional(),
});

export const ResumeReference = z.object({
  name: str(300).optional(),
  reference: str(5_000).optional(),
});

export const ResumeProject = z.object({
  name: str(300).optional(),
  description: str(5_000).optional(),
  highlights,
  keywords: z.array(str(200)).max(100).optional(),
  startDate: ResumeDate.optional(),
  endDate: ResumeDate.optional(),
  url: url.optional(),
  roles: z.array(str(200)).max(50).optional(),
  entity: str(300).optional(),
  type: str(100).optional(),
});

/** Sections the parser reports a confidence for (0–1), and lines it could not place. */
export const ResumeMeta = z.object({
  canonical: url.optional(),
  version: str(50).optional(),
  lastModified: str(50).optional(),
  confidence: z.record(z.string(), z.number().min(0).max(1)).optional(),
  unplaced: z.array(str(5_000)).max(2_000).optional(),
});

const list = <T extends z.ZodType>(item: T, max = 200) => z.array(item).max(max).optional();

export const JsonResume = z.object({
  $schema: url.optional(),
  basics: ResumeBasics.optional(),
  work: list(ResumeWork),
  volunteer: list(ResumeVolunteer),
  education: list(ResumeEducation),
  awards: list(ResumeAward),
  certificates: list(ResumeCertificate),
  publications: list(ResumePublication),
  skills: list(ResumeSkill),
  languages: list(ResumeLanguage),
  interests: list(ResumeInterest),
  references: list(ResumeReference),
  projects: list(ResumeProject),
  meta: ResumeMeta.optional(),
});
export type JsonResume = z.infer<typeof JsonResume>;
export type ResumeWork = z.infer<typeof ResumeWork>;
export type ResumeEducation = z.infer<typeof ResumeEducation>;
export type ResumeSkill = z.infer<typeof ResumeSkill>;
