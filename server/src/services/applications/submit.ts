import { findApplication, insertEvent, listEvents } from "@vanta/db/queries/applications";
import { findResumeVersion } from "@vanta/db/queries/resume-versions";
import type { RecordSubmissionInput, RecordSubmissionOutput } from "@vanta/shared/api/applications";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { toCard } from "./card.ts";
import { moveApplication } from "./move.ts";
import { trackApplication } from "./track.ts";

/**
 * The ATS confirmed a submission the user made after Autofill: the application becomes Applied (created
 * when absent, moved from Prospect) and its timeline gets an `applied` event holding the submission packet
 * (resume version, answers, time). A replay of the same clientRequestId records nothing twice.
 */
export async function recordSubmission(ctx: ServiceCtx, input: RecordSubmissionInput): Promise<RecordSubmissionOutput> {
  const { db, userId } = ctx;
  const versionId = input.packet.resumeVersionId;
  if (versionId && !(await findResumeVersion(db, userId, versionId))) throw new NotFoundError("resume version");

  const tracked = await trackApplication(ctx, {
    posting: input.posting,
    clientRequestId: input.clientRequestId,
    stage: "applied",
  });
  let card = tracked.application;
  if (card.stage === "prospect") card = await moveApplication(ctx, { id: card.id, stage: "applied" });

  const events = await listEvents(db, userId, card.id);
  const replay = events.some((e) => e.type === "applied" && e.detail.clientRequestId === input.clientRequestId);
  if (!replay)
    await insertEvent(db, {
      userId,
      applicationId: card.id,
      type: "applied",
      toStage: card.stage,
      detail: { clientRequestId: input.clientRequestId, packet: input.packet },
    });
  const row = await findApplication(db, userId, card.id);
  return { application: row ? toCard(row) : card, created: tracked.created };
}
