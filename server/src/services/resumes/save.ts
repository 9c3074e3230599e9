import { insertAudit } from "@vanta/db/queries/audit";
import { ensureProfile } from "@vanta/db/queries/profiles";
import {
  findDefaultResumeVersion,
  insertResumeVersion,
  type ResumeVersionInsert,
  setDefaultResumeVersion,
} from "@vanta/db/queries/resume-versions";
import type { ResumeSaveOutput, ResumeSaveParsed } from "@vanta/shared/api/resumes";
import type { JsonResume } from "@vanta/shared/resume/schema";
import { resumeToText } from "@vanta/shared/resume/to-text";
import type { ServiceCtx } from "../context.ts";
import { InvalidInputError, NotFoundError } from "../domain-errors.ts";
import { getProfile } from "../profile/get.ts";
import { applyDefaultResume } from "./apply-default.ts";
import { resumeStorageKey } from "./storage.ts";
import { toVersionView } from "./view.ts";

/** A confirmed resume drops the parser's confidence scores: they described the parse, not the user's answer. */
function confirmed(resume: JsonResume): JsonResume {
  if (!resume.meta?.confidence) return resume;
  const { confidence: _c, ...meta } = resume.meta;
  const out: JsonResume = { ...resume, meta };
  if (Object.keys(meta).length === 0) delete out.meta;
  return out;
}

/** Saves a reviewed resume as a base version (linked to its original when there is one), default unless asked not. */
export async function saveResumeVersion(ctx: ServiceCtx, input: ResumeSaveParsed): Promise<ResumeSaveOutput> {
  const { userId } = ctx;
  const resume = confirmed(input.resume);
  const text = resumeToText(resume);
  if (!text) throw new InvalidInputError("the resume is empty: add at least a name, a job or a skill", "resume");
  let original: Pick<ResumeVersionInsert, "filename" | "mimeType" | "sizeBytes" | "sha256" | "storageKey"> = {};
  if (input.file) {
    const storageKey = resumeStorageKey(userId, input.file.fileId);
    const bytes = await ctx.files.get(storageKey);
    if (!bytes) throw new NotFoundError("uploaded file (upload it again)");
    original = {
      filename: input.file.filename,
      mimeType: input.file.mimeType,
      sizeBytes: bytes.byteLength,
      sha256: input.file.fileId,
      storageKey,
    };
  }
  const row = await ctx.db.transaction(async (tx) => {
    await ensureProfile(tx, userId);
    const inserted = await insertResumeVersion(tx, { userId, ...original, text, content: resume, isCurrent: false });
    const makeDefault = input.makeDefault || !(await findDefaultResumeVersion(tx, userId));
    const saved = makeDefault ? ((await setDefaultResumeVersion(tx, userId, inserted.id)) ?? inserted) : inserted;
    if (makeDefault) await applyDefaultResume(tx, userId, saved);
    await insertAudit(tx, {
      userId,
      action: "resume.save",
      entityType: "resume_version",
      entityId: saved.id,
      after: { filename: saved.filename, default: makeDefault },
      requestId: ctx.requestId,
    });
    return saved;
  });
  return { version: toVersionView(row), profile: await getProfile(ctx) };
}
