import { z } from "zod";
import { JsonResume } from "./schema.ts";

/**
 * Voluntary self-identification. Sensitive: never sent to a model, never logged, never guessed.
 * Each answer is the user's own words for the option ("Woman", "Asian", "No", …) or "decline".
 * Absent means the user has not answered: autofill must then ask, not choose.
 */
const eeoAnswer = z.string().trim().min(1).max(200);
export const EeoAnswers = z.object({
  gender: eeoAnswer.optional(),
  race: eeoAnswer.optional(),
  hispanicLatino: eeoAnswer.optional(),
  veteran: eeoAnswer.optional(),
  disability: eeoAnswer.optional(),
});
export type EeoAnswers = z.infer<typeof EeoAnswers>;
export const DECLINE = "decline";

export const SalaryExpectation = z.object({
  amount: z.number().nonnegative().max(10_000_000_000),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "an ISO 4217 code like USD")
    .default("USD"),
  period: z.enum(["hour", "day", "week", "month", "year"]).default("year"),
});
export type SalaryExpectation = z.infer<typeof SalaryExpectation>;

export const AnswerBankEntry = z.object({
  question: z.string().trim().min(1).max(2_000),
  answer: z.string().trim().min(1).max(10_000),
});
export type AnswerBankEntry = z.infer<typeof AnswerBankEntry>;

/** What an application form asks beyond the resume. */
export const ApplicationDetails = z.object({
  preferredName: z.string().trim().max(200).optional(),
  pronouns: z.string().trim().max(100).optional(),
  workAuthorization: z
    .object({
      /** ISO 3166-1 alpha-2 codes where the applicant may work without sponsorship */
      countries: z
        .array(
          z
            .string()
            .trim()
            .regex(/^[A-Za-z]{2}$/, "an ISO country code like US")
            .transform((s) => s.toUpperCase()),
        )
        .max(250)
        .default([]),
      /** true/false when the user said so; absent = unknown (autofill asks) */
      needsSponsorship: z.boolean().optional(),
    })
    .optional(),
  willingToRelocate: z.boolean().optional(),
  /** earliest start date (YYYY-MM-DD) or a notice period in words ("2 weeks") */
  startDate: z.string().trim().max(100).optional(),
  salaryExpectation: SalaryExpectation.optional(),
  eeo: EeoAnswers.optional(),
  referralSource: z.string().trim().max(300).optional(),
  answers: z.array(AnswerBankEntry).max(500).default([]),
});
export type ApplicationDetails = z.infer<typeof ApplicationDetails>;

/**
 * The applicant profile's JSON form: JSON Resume plus an `application` object. This is the file
 * `vanta autofill-plan --profile` and `vanta tailor --resume` read, and what "Download my applicant profile" gives.
 */
export const ApplicantProfile = JsonResume.extend({
  application: ApplicationDetails.optional(),
});
export type ApplicantProfile = z.infer<typeof ApplicantProfile>;
export type ApplicantProfileInput = z.input<typeof ApplicantProfile>;
