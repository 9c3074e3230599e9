import { insertAudit } from "@vanta/db/queries/audit";
import { setDefaultResumeVersion } from "@vanta/db/queries/resume-versions";
import type { ResumeSaveOutput } from "@vanta/shared/api/resumes";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { getProfile } from "../profile/get.ts";
import { applyDefaultResume } from "./apply-default.ts";
import { toVersionView } from "./view.ts";

/** Picks the version that matching, export and autofill read. */
export async function setDefaultResume(ctx: ServiceCtx, id: string): Promise<ResumeSaveOutput> {
  const row = await ctx.db.transaction(async (tx) => {
    const picked = await setDefaultResumeVersion(tx, ctx.userId, id);
    if (!picked) throw new NotFoundError("resume version");
    await applyDefaultResume(tx, ctx.userId, picked);
    await insertAudit(tx, {
      userId: ctx.userId,
      action: "resume.setDefault",
      entityType: "resume_version",
      entityId: picked.id,
      requestId: ctx.requestId,
    });
    return picked;
  });
  return { version: toVersionView(row), profile: await getProfile(ctx) };
}
