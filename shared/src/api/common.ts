import { z } from "zod";

// Small building blocks shared by the API schemas. Dates cross the wire as ISO strings
// (no tRPC transformer), so outputs use `IsoDateTime` rather than Date.
export const Uuid = z.uuid();
export const IsoDateTime = z.string();

/** A user-entered free-text filter: trimmed, bounded, empty → undefined. */
export const SearchText = z
  .string()
  .trim()
  .max(200)
  .transform((s) => (s === "" ? undefined : s));

/** Decoded size limit for uploaded files (resumes, attachments). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** A file sent inline as base64 (the extension has no multipart channel over tRPC). */
export const Base64File = z.object({
  filename: z.string().trim().min(1).max(255),
  mimeType: z.string().trim().min(1).max(200),
  contentBase64: z
    .string()
    .min(1, "file is empty")
    .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4, "file is larger than 10 MB")
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "not valid base64"),
});
export type Base64File = z.infer<typeof Base64File>;
