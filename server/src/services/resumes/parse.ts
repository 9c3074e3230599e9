// TEMPORARY until services/resume/ lands parseResumeFile: the existing text extraction + the shared parser.
import { parseResumeText } from "@vanta/shared/resume/parse";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { extractResumeText } from "../profile/extract-text.ts";

export async function parseResumeFile(
  bytes: Uint8Array,
  filename: string,
  mimeType = "",
): Promise<{ resume: JsonResume; text: string }> {
  const { text } = await extractResumeText(filename, mimeType, bytes);
  return { resume: parseResumeText(text), text };
}
