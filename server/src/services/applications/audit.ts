import { listAudit } from "@vanta/db/queries/audit";
import type { AuditEntry } from "@vanta/shared/api/applications";
import type { ServiceCtx } from "../context.ts";
import { toAuditEntry } from "./card.ts";

/** The user's own audit trail (newest first). */
export async function listAuditEntries(
  ctx: ServiceCtx,
  opts: { entityId?: string; limit: number },
): Promise<AuditEntry[]> {
  return (await listAudit(ctx.db, ctx.userId, opts)).map(toAuditEntry);
}
