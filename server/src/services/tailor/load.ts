import type { Executor } from "@vanta/db";
import { findPostingById } from "@vanta/db/queries/captures";
import { postingVisibleToUser } from "@vanta/db/queries/enrichments";
import { findOwnResumeVersion } from "@vanta/db/queries/tailoring";
import type { Posting } from "@vanta/shared/posting";
import { JsonResume } from "@vanta/shared/resume/schema";
import { InvalidInputError, NotFoundError } from "../domain-errors.ts";
import { rowToPosting } from "../postings/to-row.ts";

/** The user's resume version as JSON Resume (its structured content), or NotFound for anyone else's. */
export async function loadResume(db: Executor, userId: string, resumeVersionId: string): Promise<JsonResume> {
  const version = await findOwnResumeVersion(db, userId, resumeVersionId);
  if (!version) throw new NotFoundError("resume version");
  const parsed = JsonResume.safeParse(version.content ?? {});
  if (!parsed.success || !(parsed.data.work?.length || parsed.data.skills?.length || parsed.data.basics?.summary))
    throw new InvalidInputError(
      "this resume version has no structured content to tailor: review and save it first",
      "resumeVersionId",
    );
  return parsed.data;
}

/** A posting the user has reached (captured, tracked or in their feed). */
export async function loadPosting(db: Executor, userId: string, postingId: string): Promise<Posting> {
  if (!(await postingVisibleToUser(db, userId, postingId))) throw new NotFoundError("posting");
  const row = await findPostingById(db, postingId);
  if (!row) throw new NotFoundError("posting");
  return rowToPosting(row);
}
