import { MAX_UPLOAD_BYTES } from "@vanta/shared/api/common";
import { InvalidInputError } from "./domain-errors.ts";

/** base64 → bytes with the size limit applied to the decoded length. */
export function decodeUpload(contentBase64: string): Uint8Array {
  const bytes = new Uint8Array(Buffer.from(contentBase64, "base64"));
  if (bytes.byteLength === 0) throw new InvalidInputError("file is empty", "contentBase64");
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new InvalidInputError(`file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, "contentBase64");
  return bytes;
}
