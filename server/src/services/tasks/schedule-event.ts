import { findApplication, insertEvent } from "@vanta/db/queries/applications";
import type { ApplicationEvent } from "@vanta/shared/api/applications";
import type { ScheduleEventInput } from "@vanta/shared/api/tasks";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";

/** The user enters a screen/interview date on the card; the coach prepares a task before it. */
export async function scheduleEvent(ctx: ServiceCtx, input: ScheduleEventInput): Promise<ApplicationEvent> {
  const app = await findApplication(ctx.db, ctx.userId, input.applicationId);
  if (!app) throw new NotFoundError("application");
  const row = await insertEvent(ctx.db, {
    userId: ctx.userId,
    applicationId: app.id,
    type: "interview_scheduled",
    detail: { kind: input.kind, at: new Date(input.at).toISOString(), ...(input.note ? { note: input.note } : {}) },
  });
  return {
    id: row.id,
    type: row.type,
    fromStage: row.fromStage,
    toStage: row.toStage,
    detail: row.detail,
    occurredAt: row.occurredAt.toISOString(),
  };
}
