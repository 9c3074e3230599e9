import { findPostingById } from "@vanta/db/queries/captures";
import { insertUserEvent } from "@vanta/db/queries/events";
import type { ApplyClickInput } from "@vanta/shared/api/digest-settings";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";

/** The user opened a posting's apply link (side panel, feed, card): one `apply_click` user event. */
export async function recordApplyClick(ctx: ServiceCtx, input: ApplyClickInput): Promise<{ recorded: true }> {
  if (!(await findPostingById(ctx.db, input.postingId))) throw new NotFoundError("posting");
  await insertUserEvent(ctx.db, {
    userId: ctx.userId,
    type: "apply_click",
    entityId: input.postingId,
    props: { surface: input.surface },
    occurredAt: nowOf(ctx),
  });
  return { recorded: true };
}
