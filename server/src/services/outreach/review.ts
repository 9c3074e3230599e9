import { findApplication } from "@vanta/db/queries/applications";
import { findOutreach, listOutreach, updateOutreach } from "@vanta/db/queries/outreach";
import type { OutreachMessage } from "@vanta/shared/api/outreach";
import { nowOf, type ServiceCtx } from "../context.ts";
import { ForbiddenError, NotFoundError } from "../domain-errors.ts";
import { toMessage } from "./to-dto.ts";

export async function listApplicationOutreach(ctx: ServiceCtx, applicationId: string): Promise<OutreachMessage[]> {
  if (!(await findApplication(ctx.db, ctx.userId, applicationId))) throw new NotFoundError("application");
  return (await listOutreach(ctx.db, ctx.userId, applicationId)).map(toMessage);
}

/** Editing an approved message takes the approval back: what is sent is exactly what was approved. */
export async function editOutreach(
  ctx: ServiceCtx,
  input: { id: string; subject?: string; body: string },
): Promise<OutreachMessage> {
  const row = await updateOutreach(ctx.db, ctx.userId, input.id, ["draft", "approved"], {
    body: input.body,
    ...(input.subject ? { subject: input.subject } : {}),
    status: "draft",
    approvedAt: null,
  });
  if (row) return toMessage(row);
  if (!(await findOutreach(ctx.db, ctx.userId, input.id))) throw new NotFoundError("outreach message");
  throw new ForbiddenError("a sent message cannot be edited");
}

export async function approveOutreach(ctx: ServiceCtx, id: string): Promise<OutreachMessage> {
  const row = await updateOutreach(ctx.db, ctx.userId, id, ["draft"], { status: "approved", approvedAt: nowOf(ctx) });
  if (row) return toMessage(row);
  const existing = await findOutreach(ctx.db, ctx.userId, id);
  if (!existing) throw new NotFoundError("outreach message");
  if (existing.status === "approved") return toMessage(existing);
  throw new ForbiddenError(`a ${existing.status} message cannot be approved`);
}
