import type { SubmissionPacket } from "@vanta/shared/api/applications";
import type { Posting } from "@vanta/shared/posting";
import type { AutofillPrepared, Result } from "../messages.ts";
import { runOperation } from "./connection.ts";

// The background side of Autofill: the only network client. The content script gets the applicant
// profile and the resume file for the page the user is on, and nothing else goes out of the page.

interface VersionSummary {
  id: string;
  isDefault: boolean;
  hasOriginal: boolean;
  filename: string | null;
  kind: "base" | "tailored";
}

export async function prepareAutofill(): Promise<Result<AutofillPrepared>> {
  const applicant = await runOperation("applicant.export", undefined, "query");
  if (!applicant.ok) return applicant;
  const versions = await runOperation("resumes.list", undefined, "query");
  const list = versions.ok ? (versions.data as VersionSummary[]) : [];
  // The default version with its original file. (Tailored versions do not say which posting they were
  // made for in resumes.list yet, so "the version tailored for this posting" cannot be picked here.)
  const pick = list.find((v) => v.isDefault && v.hasOriginal) ?? list.find((v) => v.hasOriginal) ?? null;
  return {
    ok: true,
    data: { applicant: applicant.data, resume: pick ? { id: pick.id, filename: pick.filename ?? "resume" } : null },
  };
}

export async function resumeFile(
  id: string,
): Promise<Result<{ filename: string; mimeType: string; contentBase64: string }>> {
  const out = await runOperation("resumes.download", { id }, "query");
  return out as Result<{ filename: string; mimeType: string; contentBase64: string }>;
}

/** Appends a question the user answered by hand to the answer bank (the bank is replaced as a whole). */
export async function saveAnswer(question: string, answer: string): Promise<Result<{ saved: boolean }>> {
  const view = await runOperation("applicant.get", undefined, "query");
  if (!view.ok) return view;
  const answers = ((view.data as { application?: { answers?: { question: string; answer: string }[] } }).application
    ?.answers ?? []) as { question: string; answer: string }[];
  const rest = answers.filter((a) => a.question.trim().toLowerCase() !== question.trim().toLowerCase());
  const out = await runOperation(
    "applicant.update",
    { application: { answers: [...rest, { question, answer }] } },
    "mutation",
  );
  return out.ok ? { ok: true, data: { saved: true } } : out;
}

export async function recordSubmitted(
  posting: Posting,
  packet: SubmissionPacket,
): Promise<Result<{ applicationId: string; stage: string }>> {
  const out = await runOperation(
    "applications.recordSubmission",
    { posting, clientRequestId: crypto.randomUUID(), packet },
    "mutation",
  );
  if (!out.ok) return out;
  const app = (out.data as { application: { id: string; stage: string } }).application;
  return { ok: true, data: { applicationId: app.id, stage: app.stage } };
}
