import {
  columnIds,
  findApplication,
  insertEvent,
  setColumnOrder,
  topPosition,
  updateApplication,
} from "@vanta/db/queries/applications";
import { insertAudit } from "@vanta/db/queries/audit";
import type { ApplicationCard, MoveInput } from "@vanta/shared/api/applications";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { cardSnapshot, toCard } from "./card.ts";

/**
 * A Kanban move. The card update, its stage_changed event and the audit entry commit
 * together or not at all, so the board and the audit log can never disagree.
 */
export async function moveApplication(ctx: ServiceCtx, input: MoveInput): Promise<ApplicationCard> {
  const { userId } = ctx;
  const now = nowOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await findApplication(tx, userId, input.id, { forUpdate: true });
    if (!before) throw new NotFoundError("application");
    const outcome = input.stage === "outcome" ? (input.outcome ?? null) : null;
    const stageChanged = before.stage !== input.stage || before.outcome !== outcome;

    const position =
      input.position === undefined && stageChanged ? await topPosition(tx, userId, input.stage) : before.position;
    let after = await updateApplication(tx, userId, before.id, {
      stage: input.stage,
      outcome,
      position,
      ...(stageChanged ? { stageChangedAt: now } : {}),
      ...(input.stage === "applied" && !before.appliedAt ? { appliedAt: now } : {}),
    });
    if (!after) throw new NotFoundError("application");
    if (input.position !== undefined) {
      // `position` is an index into the column as the board shows it: renumber the column around it.
      const others = (await columnIds(tx, userId, input.stage)).filter((id) => id !== before.id);
      others.splice(Math.min(input.position, others.length), 0, before.id);
      await setColumnOrder(tx, userId, others);
      after = (await findApplication(tx, userId, before.id)) ?? after;
    }

    if (stageChanged)
      await insertEvent(tx, {
        userId,
        applicationId: after.id,
        type: "stage_changed",
        fromStage: before.stage,
        toStage: after.stage,
        detail: { fromOutcome: before.outcome, toOutcome: after.outcome },
      });
    await insertAudit(tx, {
      userId,
      action: "application.move",
      entityType: "application",
      entityId: after.id,
      before: cardSnapshot(before),
      after: cardSnapshot(after),
      requestId: ctx.requestId,
    });
    return toCard(after);
  });
}
