import { z } from "zod";
import {
  AnswerBankEntry,
  ApplicantProfile,
  ApplicationDetails,
  EeoAnswers,
  SalaryExpectation,
} from "../resume/applicant.ts";
import { ResumeLocation } from "../resume/schema.ts";
import { Uuid } from "./common.ts";

// applicant.*: the applicant profile (contact, authorization, answers) that autofill and tailoring read.

const field = (max: number) => z.string().trim().max(max);

/**
 * Contact fields the user typed over the default resume's `basics`. An absent key falls back to the resume;
 * an empty string means "leave it blank" even when the resume has one.
 */
export const ApplicantContact = z
  .object({
    firstName: field(150),
    lastName: field(150),
    email: field(320),
    phone: field(60),
    location: ResumeLocation,
    linkedin: field(2_000),
    github: field(2_000),
    portfolio: field(2_000),
    otherLinks: z.array(z.string().trim().min(1).max(2_000)).max(20),
  })
  .partial();
export type ApplicantContact = z.infer<typeof ApplicantContact>;
export type ContactField = keyof ApplicantContact;
export const contactFields = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "location",
  "linkedin",
  "github",
  "portfolio",
  "otherLinks",
] as const satisfies readonly ContactField[];

/** The contact as the user sees it: their overrides over the default resume. */
export const ResolvedContact = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string(),
  location: ResumeLocation,
  linkedin: z.string(),
  github: z.string(),
  portfolio: z.string(),
  otherLinks: z.array(z.string()),
});
export type ResolvedContact = z.infer<typeof ResolvedContact>;

export const ApplicantView = z.object({
  contact: ResolvedContact,
  /** contact fields the user typed (the rest come from the default resume) */
  contactTypedByHand: z.array(z.enum(contactFields)),
  application: ApplicationDetails,
  /** the resume version the exported profile carries */
  defaultResumeId: Uuid.nullable(),
});
export type ApplicantView = z.infer<typeof ApplicantView>;

const WorkAuthorization = ApplicationDetails.shape.workAuthorization.unwrap();

/** Each key present replaces that field; `null` clears it (contact: back to the resume's value). */
export const ApplicantUpdateInput = z
  .object({
    contact: z
      .object({
        firstName: field(150).nullable(),
        lastName: field(150).nullable(),
        email: field(320).nullable(),
        phone: field(60).nullable(),
        location: ResumeLocation.nullable(),
        linkedin: field(2_000).nullable(),
        github: field(2_000).nullable(),
        portfolio: field(2_000).nullable(),
        otherLinks: z.array(z.string().trim().min(1).max(2_000)).max(20).nullable(),
      })
      .partial()
      .strict(),
    application: z
      .object({
        preferredName: field(200).nullable(),
        pronouns: field(100).nullable(),
        workAuthorization: WorkAuthorization.nullable(),
        willingToRelocate: z.boolean().nullable(),
        startDate: field(100).nullable(),
        salaryExpectation: SalaryExpectation.nullable(),
        eeo: EeoAnswers.strict().nullable(),
        referralSource: field(300).nullable(),
        answers: z.array(AnswerBankEntry).max(500),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();
export type ApplicantUpdateInput = z.infer<typeof ApplicantUpdateInput>;

export const ApplicantImportInput = z.object({ profile: ApplicantProfile });
export type ApplicantImportInput = z.infer<typeof ApplicantImportInput>;
