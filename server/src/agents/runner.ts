import { type Agent, type ModelResponse, Runner, type RunResult } from "@openai/agents";
import type { Executor } from "@vanta/db";
import { finishModelRun, recordModelRun } from "@vanta/db/queries/model-runs";
import type { ModelPort } from "../ports/model/types.ts";

export type { Model, ModelRequest, ModelResponse } from "@openai/agents";
// Re-exported so code outside the server package (tests) builds agents with this package's SDK copy.
export { Agent, tool, Usage } from "@openai/agents";

export interface AgentRunDeps {
  models: ModelPort;
  /** Where model_runs / model_io go; without it runs are only logged. */
  db?: Executor;
  logger: {
    info(msg: string, fields?: Record<string, unknown>): void;
    error(msg: string, fields?: Record<string, unknown>): void;
  };
  /** Max model turns per run (tool round trips included). */
  maxTurns?: number;
}

export interface AgentRunResult<T> {
  output: T;
  modelRunId: string;
  inputTokens: number;
  outputTokens: number;
  latencyMs: number;
}

// biome-ignore lint/suspicious/noExplicitAny: agents are generic over any context and output type
type AnyAgent = Agent<any, any>;
type OutputOf<A extends AnyAgent> = NonNullable<RunResult<unknown, A>["finalOutput"]>;

/**
 * Runs an agent on the configured model and records it: a model_runs row (tokens, latency, success,
 * error, model, agent, user) with its model_io input/output, and the same model_run_id in every log line.
 */
export async function runAgent<A extends AnyAgent>(
  deps: AgentRunDeps,
  agent: A,
  input: string,
  opts: { userId?: string | null; purpose: string; stream?: boolean },
): Promise<AgentRunResult<OutputOf<A>>> {
  const { models } = deps;
  const record = {
    userId: opts.userId ?? null,
    agent: agent.name,
    purpose: opts.purpose,
    model: models.modelName,
    provider: models.kind,
  };
  const modelRunId = deps.db ? await recordModelRun(deps.db, { ...record, input: { input } }) : crypto.randomUUID();
  const log = {
    model_run_id: modelRunId,
    agent: agent.name,
    purpose: opts.purpose,
    model: models.modelName,
    user_id: record.userId,
  };
  deps.logger.info("agent run started", log);

  const runner = new Runner({
    modelProvider: { getModel: () => models.getModel(agent.name) },
    tracingDisabled: !models.tracingConfigured,
  });
  const started = performance.now();
  try {
    const result = opts.stream
      ? await streamed(runner, agent, input, deps.maxTurns ?? 6)
      : await runner.run(agent, input, { maxTurns: deps.maxTurns ?? 6 });
    const latencyMs = Math.round(performance.now() - started);
    const { inputTokens, outputTokens } = sumUsage(result.rawResponses);
    if (result.finalOutput === undefined) throw new Error("agent finished without a final output");
    const output = result.finalOutput as OutputOf<A>;
    if (deps.db) {
      await finishModelRun(deps.db, modelRunId, {
        success: true,
        error: null,
        inputTokens,
        outputTokens,
        latencyMs,
        output: { output },
      });
    }
    deps.logger.info("agent run finished", {
      ...log,
      success: true,
      latency_ms: latencyMs,
      input_tokens: inputTokens,
      output_tokens: outputTokens,
    });
    return { output, modelRunId, inputTokens, outputTokens, latencyMs };
  } catch (err) {
    const latencyMs = Math.round(performance.now() - started);
    const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    // A failed run may still have spent tokens on its earlier turns.
    const state = (err as { state?: { usage?: { inputTokens?: number; outputTokens?: number } } }).state;
    const inputTokens = state?.usage?.inputTokens ?? 0;
    const outputTokens = state?.usage?.outputTokens ?? 0;
    if (deps.db) {
      await finishModelRun(deps.db, modelRunId, { success: false, error, inputTokens, outputTokens, latencyMs }).catch(
        (dbErr: unknown) => deps.logger.error("model run not recorded", { ...log, err: dbErr }),
      );
    }
    deps.logger.error("agent run failed", { ...log, success: false, latency_ms: latencyMs, error });
    throw err;
  }
}

/** A streamed run (model events as they arrive), drained to its end; same result fields as a plain run. */
async function streamed<A extends AnyAgent>(runner: Runner, agent: A, input: string, maxTurns: number) {
  const result = await runner.run(agent, input, { maxTurns, stream: true });
  for await (const _event of result) {
    // events are not forwarded yet; draining lets the run complete
  }
  await result.completed;
  if (result.error) throw result.error;
  return result;
}

function sumUsage(responses: ModelResponse[]): { inputTokens: number; outputTokens: number } {
  let inputTokens = 0;
  let outputTokens = 0;
  for (const r of responses) {
    inputTokens += r.usage.inputTokens;
    outputTokens += r.usage.outputTokens;
  }
  return { inputTokens, outputTokens };
}
