import type { TailorScoreInput } from "@vanta/shared/api/tailor";
import { atsScore } from "@vanta/shared/tailor/ats";
import type { ServiceCtx } from "../context.ts";
import { loadPosting, loadResume } from "./load.ts";

/** The ATS score of a resume version for a posting (computed: no model needed). */
export async function scoreVersion(ctx: ServiceCtx, input: TailorScoreInput) {
  const [resume, posting] = await Promise.all([
    loadResume(ctx.db, ctx.userId, input.resumeVersionId),
    loadPosting(ctx.db, ctx.userId, input.postingId),
  ]);
  return atsScore(resume, posting);
}
