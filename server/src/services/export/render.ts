import type { JsonResume } from "@vanta/shared/resume/schema";
import { renderDocx } from "./docx.ts";
import { letterBlocks, resumeBlocks } from "./layout.ts";
import { renderPdf } from "./pdf.ts";

export type ExportFormat = "pdf" | "docx";

export const MIME: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** A resume version as a PDF or DOCX file. */
export function renderResume(resume: JsonResume, format: ExportFormat): Promise<Uint8Array> {
  const title = resume.basics?.name ? `${resume.basics.name} – Resume` : "Resume";
  return (format === "pdf" ? renderPdf : renderDocx)(resumeBlocks(resume), title);
}

/** A cover letter as a PDF or DOCX file. */
export function renderLetter(text: string, format: ExportFormat, title = "Cover letter"): Promise<Uint8Array> {
  return (format === "pdf" ? renderPdf : renderDocx)(letterBlocks(text), title);
}
