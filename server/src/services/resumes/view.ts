import type { ResumeVersionRow } from "@vanta/db/queries/resume-versions";
import type { ResumeVersionSummary, ResumeVersionView } from "@vanta/shared/api/resumes";
import { parseResumeText } from "@vanta/shared/resume/parse";
import { JsonResume } from "@vanta/shared/resume/schema";

/** The reviewed JSON; an upload from before structured parsing is parsed from its text on the fly. */
export function resumeOf(row: ResumeVersionRow): { resume: JsonResume; structured: boolean } {
  const stored = row.content ? JsonResume.safeParse(row.content) : null;
  if (stored?.success) return { resume: stored.data, structured: true };
  return { resume: row.text ? parseResumeText(row.text) : {}, structured: false };
}

export function toVersionSummary(row: ResumeVersionRow): ResumeVersionSummary {
  const stored = row.content ? JsonResume.safeParse(row.content) : null;
  const name = stored?.success ? stored.data.basics?.name : undefined;
  return {
    id: row.id,
    kind: row.kind,
    label: name || row.filename || "Resume",
    filename: row.filename,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    hasOriginal: row.storageKey !== null,
    fileId: row.storageKey && row.sha256 ? row.sha256 : null,
    structured: Boolean(stored?.success),
    isDefault: row.isCurrent,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toVersionView(row: ResumeVersionRow): ResumeVersionView {
  return { ...toVersionSummary(row), resume: resumeOf(row).resume };
}
