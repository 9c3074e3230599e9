import { z } from "zod";
import { Uuid } from "./common.ts";

// tailor.*: "prepare my application" jobs (tailor → score → cover letter), the diff the user accepts
// line by line, the ATS score, cover letter drafts and exports.

export const TailorStartInput = z.object({
  resumeVersionId: Uuid,
  postingId: Uuid,
  /** the application the tailored version and the letter are saved with */
  applicationId: Uuid.optional(),
});
export type TailorStartInput = z.infer<typeof TailorStartInput>;

export const TailorJobInput = z.object({ jobId: Uuid });

export const TailorAcceptInput = z.object({
  jobId: Uuid,
  /** ids from the job's `changes`; the others are rejected */
  changeIds: z.array(z.string().trim().min(1).max(400)).max(2_000),
});
export type TailorAcceptInput = z.infer<typeof TailorAcceptInput>;

export const TailorScoreInput = z.object({ resumeVersionId: Uuid, postingId: Uuid });
export type TailorScoreInput = z.infer<typeof TailorScoreInput>;

export const CoverLetterDraftInput = z.object({ resumeVersionId: Uuid, applicationId: Uuid });
export type CoverLetterDraftInput = z.infer<typeof CoverLetterDraftInput>;

export const ExportFormat = z.enum(["pdf", "docx"]);
export const TailorExportInput = z.object({ resumeVersionId: Uuid, format: ExportFormat });
export type TailorExportInput = z.infer<typeof TailorExportInput>;

export const CoverLetterListInput = z.object({ applicationId: Uuid });
export const CoverLetterUpdateInput = z.object({
  id: Uuid,
  /** the user's own edit: saved as written */
  text: z.string().trim().min(1).max(20_000),
});
export type CoverLetterUpdateInput = z.infer<typeof CoverLetterUpdateInput>;

export const CoverLetterExportInput = z.object({ id: Uuid, format: ExportFormat });
export type CoverLetterExportInput = z.infer<typeof CoverLetterExportInput>;
