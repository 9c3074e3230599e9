import { ensureProfile, insertBaseResume, updateProfile } from "@vanta/db/queries/profiles";
import type { Base64File } from "@vanta/shared/api/common";
import type { UploadResumeOutput } from "@vanta/shared/api/profile";
import type { ServiceCtx } from "../context.ts";
import { sha256Hex } from "../sha256.ts";
import { decodeUpload } from "../upload.ts";
import { extractResumeText } from "./extract-text.ts";

const PREVIEW = 400;

/** Stores the file, extracts its text and makes it the current base resume (matching reads profiles.resume_text). */
export async function uploadResume(ctx: ServiceCtx, input: Base64File): Promise<UploadResumeOutput> {
  const { userId } = ctx;
  const bytes = decodeUpload(input.contentBase64);
  const { text } = await extractResumeText(input.filename, input.mimeType, bytes);
  const sha256 = await sha256Hex(bytes);
  const storageKey = `resumes/${userId}/${sha256}`;
  await ctx.files.put(storageKey, bytes);
  const version = await ctx.db.transaction(async (tx) => {
    await ensureProfile(tx, userId);
    const row = await insertBaseResume(tx, {
      userId,
      filename: input.filename,
      mimeType: input.mimeType,
      sizeBytes: bytes.byteLength,
      sha256,
      storageKey,
      text,
    });
    await updateProfile(tx, userId, { resumeText: text });
    return row;
  });
  return { resumeVersionId: version.id, textLength: text.length, preview: text.slice(0, PREVIEW) };
}
