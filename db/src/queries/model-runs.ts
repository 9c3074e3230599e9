import { asc, eq } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { modelIo, modelRuns } from "../schema/observability.ts";

export type ModelRunRow = typeof modelRuns.$inferSelect;
export type ModelIoRow = typeof modelIo.$inferSelect;

/** Opens a model run (success still null) with its input; returns the model_run_id. */
export async function recordModelRun(
  db: Executor,
  values: { userId: string | null; agent: string; purpose: string; model: string; provider: string; input: unknown },
): Promise<string> {
  const { input, ...run } = values;
  const [row] = await db.insert(modelRuns).values(run).returning({ id: modelRuns.id });
  if (!row) throw new Error("model_runs insert returned nothing");
  await db.insert(modelIo).values({ modelRunId: row.id, direction: "input", payload: input ?? null });
  return row.id;
}

/** Closes a model run with its figures and, on success, its output. */
export async function finishModelRun(
  db: Executor,
  id: string,
  values: {
    success: boolean;
    error: string | null;
    inputTokens: number;
    outputTokens: number;
    latencyMs: number;
    output?: unknown;
  },
): Promise<void> {
  const { output, ...figures } = values;
  await db
    .update(modelRuns)
    .set({ ...figures, finishedAt: new Date() })
    .where(eq(modelRuns.id, id));
  if (output !== undefined) await db.insert(modelIo).values({ modelRunId: id, direction: "output", payload: output });
}

export async function getModelRun(db: Executor, id: string): Promise<{ run: ModelRunRow; io: ModelIoRow[] } | null> {
  const [run] = await db.select().from(modelRuns).where(eq(modelRuns.id, id)).limit(1);
  if (!run) return null;
  const io = await db.select().from(modelIo).where(eq(modelIo.modelRunId, id)).orderBy(asc(modelIo.createdAt));
  return { run, io };
}
