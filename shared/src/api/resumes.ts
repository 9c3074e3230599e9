import { z } from "zod";
import { JsonResume } from "../resume/schema.ts";
import { Base64File, IsoDateTime, Uuid } from "./common.ts";
import { ProfileView } from "./profile.ts";

// resumes.*: upload → review → save as a version; list, pick the default, download, delete.

/** The stored original, named by its content hash (the server keys it under the caller's own folder). */
export const FileId = z.string().regex(/^[0-9a-f]{64}$/, "a file id from resumes.upload");

export const UploadedFile = z.object({
  fileId: FileId,
  filename: z.string().trim().min(1).max(255),
  mimeType: z.string().trim().min(1).max(200),
});
export type UploadedFile = z.infer<typeof UploadedFile>;

export const ResumeUploadInput = Base64File;
export const ResumeUploadOutput = z.object({
  file: UploadedFile.extend({ sizeBytes: z.number().int() }),
  /** the parsed resume for the review screen (not saved until resumes.save) */
  resume: JsonResume,
  /** 0–1 per section present; the review screen highlights the low ones */
  confidence: z.record(z.string(), z.number()),
  textLength: z.number().int(),
});
export type ResumeUploadOutput = z.infer<typeof ResumeUploadOutput>;

export const ResumeSaveInput = z
  .object({
    resume: JsonResume,
    /** the original this version was reviewed from (absent for a typed or imported resume) */
    file: UploadedFile.optional(),
    makeDefault: z.boolean().default(true),
  })
  .strict();
export type ResumeSaveInput = z.input<typeof ResumeSaveInput>;
export type ResumeSaveParsed = z.output<typeof ResumeSaveInput>;

export const ResumeIdInput = z.object({ id: Uuid }).strict();

export const ResumeVersionSummary = z.object({
  id: Uuid,
  kind: z.enum(["base", "tailored"]),
  /** the name on the resume, or the file name */
  label: z.string(),
  filename: z.string().nullable(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  hasOriginal: z.boolean(),
  /** the stored original's id, so an edited copy can stay linked to the same file */
  fileId: FileId.nullable(),
  /** false for an upload from before structured parsing (text only) */
  structured: z.boolean(),
  isDefault: z.boolean(),
  createdAt: IsoDateTime,
});
export type ResumeVersionSummary = z.infer<typeof ResumeVersionSummary>;

export const ResumeVersionView = ResumeVersionSummary.extend({ resume: JsonResume });
export type ResumeVersionView = z.infer<typeof ResumeVersionView>;

export const ResumeSaveOutput = z.object({ version: ResumeVersionView, profile: ProfileView });
export type ResumeSaveOutput = z.infer<typeof ResumeSaveOutput>;

export const ResumeDownloadOutput = z.object({
  filename: z.string(),
  mimeType: z.string(),
  contentBase64: z.string(),
});
export type ResumeDownloadOutput = z.infer<typeof ResumeDownloadOutput>;
