import { createHash } from "node:crypto";
import { type Model, type ModelRequest, type ModelResponse, Usage } from "@openai/agents";
import type { ModelPort } from "../types.ts";
import { hashedNgramEmbedding, OFFLINE_EMBEDDING_MODEL } from "./embeddings.ts";
import { type OfflineContext, readRequest } from "./request-context.ts";
import { fillOutput, fillToolArgs } from "./schema-fill.ts";
import { offlineSkill } from "./skills.ts";
import { describeValue, estimateTokens, firstSentences } from "./text.ts";

type StreamEvent = Awaited<ReturnType<Model["getStreamedResponse"]> extends AsyncIterable<infer E> ? E : never>;
type FunctionToolSpec = { name: string; parameters: unknown };

export const OFFLINE_MODEL_NAME = "vanta-offline-1";

/**
 * An Agents SDK `Model` that runs without network or weights. Turn 1: when the agent has tools whose
 * parameters can be filled from the input, it calls them (once each). Final turn: a registered skill for
 * the agent, else a JSON-Schema-driven filler over the input and tool outputs. Same request, same answer.
 */
export class OfflineModel implements Model {
  constructor(private readonly agentName?: string) {}

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const ctx = readRequest(request, this.agentName);
    const output = this.respond(request, ctx);
    const inputTokens = estimateTokens(`${ctx.instructions}\n${JSON.stringify(request.input)}`);
    const outputTokens = estimateTokens(JSON.stringify(output));
    return {
      output,
      usage: new Usage({ requests: 1, inputTokens, outputTokens, totalTokens: inputTokens + outputTokens }),
      responseId: `offline_${digest(JSON.stringify(output))}`,
    };
  }

  async *getStreamedResponse(request: ModelRequest): AsyncIterable<StreamEvent> {
    const response = await this.getResponse(request);
    yield { type: "response_started" } as StreamEvent;
    for (const item of response.output) {
      if (item.type === "message" && item.role === "assistant") {
        for (const part of item.content) {
          if (part.type === "output_text") yield { type: "output_text_delta", delta: part.text } as StreamEvent;
        }
      }
    }
    yield {
      type: "response_done",
      response: {
        id: response.responseId ?? "offline",
        usage: {
          requests: 1,
          inputTokens: response.usage.inputTokens,
          outputTokens: response.usage.outputTokens,
          totalTokens: response.usage.totalTokens,
        },
        output: response.output,
      },
    } as StreamEvent;
  }

  private respond(request: ModelRequest, ctx: OfflineContext): ModelResponse["output"] {
    const skill = offlineSkill(this.agentName);
    const tools = request.tools.filter((t) => t.type === "function") as FunctionToolSpec[];
    const choice = request.modelSettings.toolChoice;
    const callable =
      choice === "none"
        ? []
        : tools.filter((t) => !choice || choice === "auto" || choice === "required" || t.name === choice);
    // Tools run in the first turn only: once results are in, answer from them.
    if (ctx.toolResults.length === 0 && callable.length > 0) {
      const calls = skill?.toolCalls
        ? skill.toolCalls(ctx, callable)
        : callable
            .filter((t) => !ctx.calledTools.has(t.name))
            .map((t) => ({ name: t.name, arguments: fillToolArgs(t.parameters as Record<string, unknown>, ctx) }))
            .filter((c) => c.arguments !== undefined);
      if (calls.length > 0) {
        return calls.map((c, i) => {
          const args = JSON.stringify(c.arguments ?? {});
          return {
            type: "function_call" as const,
            id: `fc_${digest(`${i}:${c.name}:${args}`)}`,
            callId: `call_${digest(`${ctx.inputText}:${i}:${c.name}:${args}`)}`,
            name: c.name,
            arguments: args,
            status: "completed" as const,
          };
        });
      }
    }
    const answer = skill ? skill.finalOutput(ctx) : defaultAnswer(request, ctx);
    const text = typeof answer === "string" ? answer : JSON.stringify(answer);
    return [
      {
        type: "message",
        id: `msg_${digest(text)}`,
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text }],
      },
    ];
  }
}

function defaultAnswer(request: ModelRequest, ctx: OfflineContext): unknown {
  if (request.outputType !== "text") return fillOutput(request.outputType.schema as Record<string, unknown>, ctx);
  if (ctx.toolResults.length > 0) {
    return ctx.toolResults.map((r) => `${r.name.replace(/_/g, " ")}: ${describeValue(r.output, 400)}`).join("\n");
  }
  return firstSentences(ctx.inputText, 600) || "No input was provided.";
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export function createOfflineModelPort(): ModelPort {
  return {
    kind: "offline",
    modelName: OFFLINE_MODEL_NAME,
    embeddingModel: OFFLINE_EMBEDDING_MODEL,
    tracingConfigured: false,
    getModel: (agentName) => new OfflineModel(agentName),
    embed: async (texts) => texts.map((t) => hashedNgramEmbedding(t)),
  };
}
