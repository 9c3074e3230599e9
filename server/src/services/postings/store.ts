import type { Executor } from "@vanta/db";
import { findPostingById, type PostingRow } from "@vanta/db/queries/captures";
import { titleClassifier } from "@vanta/shared/normalize/classify";
import { normalizePosting } from "@vanta/shared/normalize/from-raw";
import type { Posting } from "@vanta/shared/posting";
import { InvalidInputError } from "../domain-errors.ts";
import { intakePostings } from "./intake.ts";
import { capturedRaw } from "./to-raw.ts";

export interface StoredPosting {
  /** the row for this capture (its own, or the stored posting it matched) */
  row: PostingRow;
  /** the canonical posting of its cluster: what applications and fits attach to */
  rootId: string;
}

/**
 * A captured posting through the one intake: raw posting → normalizePosting → row mapper →
 * upsert-and-cluster in "add" mode. A match (same board id or canonical URL) is returned as
 * stored, never rewritten; a new job is added and linked to its cluster.
 */
export async function storeCapturedPosting(db: Executor, posting: Posting, now = new Date()): Promise<StoredPosting> {
  const out = normalizePosting(capturedRaw(posting), { now, classify: titleClassifier });
  if (!out.ok) throw new InvalidInputError(`posting: ${out.reasons.join("; ")}`, "posting");
  const normalized = posting.description ? out.posting : { ...out.posting, description: "", skills: [] };
  const { stored } = await intakePostings(db, [normalized], "capture");
  const first = stored[0];
  const row = first ? await findPostingById(db, first.id) : null;
  if (!first || !row) throw new Error("captured posting was neither stored nor found");
  return { row, rootId: first.rootId };
}
