import type { SubmissionPacket } from "@vanta/shared/api/applications";
import type { Posting } from "@vanta/shared/posting";
import type { AutofillPrepared, Result } from "../messages.ts";
import { callServer } from "./connection.ts";

// The background side of Autofill: the only network client. The content script gets the applicant
// profile and the resume file for the page the user is on, and nothing else goes out of the page.

export async function prepareAutofill(): Promise<Result<AutofillPrepared>> {
  const applicant = await callServer((api) => api.applicant.export.query());
  if (!applicant.ok) return applicant;
  const versions = await callServer((api) => api.resumes.list.query());
  const list = versions.ok ? versions.data : [];
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
  return callServer((api) => api.resumes.download.query({ id }));
}

/** Appends a question the user answered by hand to the answer bank (the bank is replaced as a whole). */
export async function saveAnswer(question: string, answer: string): Promise<Result<{ saved: boolean }>> {
  const view = await callServer((api) => api.applicant.get.query());
  if (!view.ok) return view;
  const answers = view.data.application?.answers ?? [];
  const rest = answers.filter((a) => a.question.trim().toLowerCase() !== question.trim().toLowerCase());
  const out = await callServer((api) =>
    api.applicant.update.mutate({ application: { answers: [...rest, { question, answer }] } }),
  );
  return out.ok ? { ok: true, data: { saved: true } } : out;
}

export async function recordSubmitted(
  posting: Posting,
  packet: SubmissionPacket,
): Promise<Result<{ applicationId: string; stage: string }>> {
  const out = await callServer((api) =>
    api.applications.recordSubmission.mutate({ posting, clientRequestId: crypto.randomUUID(), packet }),
  );
  if (!out.ok) return out;
  const { application } = out.data;
  return { ok: true, data: { applicationId: application.id, stage: application.stage } };
}
