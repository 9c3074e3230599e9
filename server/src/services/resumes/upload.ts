import type { Base64File } from "@vanta/shared/api/common";
import type { ResumeUploadOutput } from "@vanta/shared/api/resumes";
import type { ServiceCtx } from "../context.ts";
import { parseResumeFile } from "../resume/parse-file.ts";
import { sha256Hex } from "../sha256.ts";
import { decodeUpload } from "../upload.ts";
import { resumeStorageKey } from "./storage.ts";

/**
 * Stores the original and parses it for the review screen. Nothing becomes a version until the user
 * saves what they reviewed (resumes.save with this file id).
 */
export async function uploadResumeForReview(ctx: ServiceCtx, input: Base64File): Promise<ResumeUploadOutput> {
  const bytes = decodeUpload(input.contentBase64);
  const { resume, text } = await parseResumeFile(bytes, input.filename, input.mimeType);
  const fileId = await sha256Hex(bytes);
  await ctx.files.put(resumeStorageKey(ctx.userId, fileId), bytes);
  return {
    file: { fileId, filename: input.filename, mimeType: input.mimeType, sizeBytes: bytes.byteLength },
    resume,
    confidence: resume.meta?.confidence ?? {},
    textLength: text.length,
  };
}
