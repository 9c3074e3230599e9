import { insertAudit } from "@vanta/db/queries/audit";
import {
  isStorageKeyInUse,
  listResumeVersions,
  setDefaultResumeVersion,
  softDeleteResumeVersion,
} from "@vanta/db/queries/resume-versions";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { applyDefaultResume } from "./apply-default.ts";

/**
 * Removes a version from the list. Deleting the default makes the newest remaining version the default
 * (or leaves none). The original file is deleted too unless another version is the same file.
 */
export async function deleteResume(
  ctx: ServiceCtx,
  id: string,
): Promise<{ id: string; deleted: true; defaultId: string | null }> {
  const { out, storageKey } = await ctx.db.transaction(async (tx) => {
    const gone = await softDeleteResumeVersion(tx, ctx.userId, id, nowOf(ctx));
    if (!gone) throw new NotFoundError("resume version");
    const remaining = await listResumeVersions(tx, ctx.userId);
    let current = remaining.find((v) => v.isCurrent) ?? null;
    // the deleted row was current iff no remaining one is (one current at a time)
    if (!current && remaining[0]) {
      current = await setDefaultResumeVersion(tx, ctx.userId, remaining[0].id);
      await applyDefaultResume(tx, ctx.userId, current);
    } else if (!current) await applyDefaultResume(tx, ctx.userId, null);
    await insertAudit(tx, {
      userId: ctx.userId,
      action: "resume.delete",
      entityType: "resume_version",
      entityId: id,
      requestId: ctx.requestId,
    });
    return { out: { id, deleted: true as const, defaultId: current?.id ?? null }, storageKey: gone.storageKey };
  });
  if (storageKey && !(await isStorageKeyInUse(ctx.db, ctx.userId, storageKey))) await ctx.files.delete(storageKey);
  return out;
}
