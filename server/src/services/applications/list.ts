import { listApplications } from "@vanta/db/queries/applications";
import type { ListOutput, StageCounts } from "@vanta/shared/api/applications";
import { stages } from "@vanta/shared/stages";
import type { ServiceCtx } from "../context.ts";
import { toCard } from "./card.ts";

/** The Kanban: cards in column order and counts per column (for the same search). */
export async function listBoard(ctx: ServiceCtx, search?: string): Promise<ListOutput> {
  const rows = await listApplications(ctx.db, ctx.userId, search);
  const counts = Object.fromEntries(stages.map((s) => [s, 0])) as StageCounts;
  for (const r of rows) counts[r.stage] = (counts[r.stage] ?? 0) + 1;
  return { cards: rows.map(toCard), counts };
}
