import { OpenAIChatCompletionsModel, OpenAIResponsesModel } from "@openai/agents";
import OpenAI from "openai";
import type { ModelPort } from "./types.ts";

export interface OpenAIModelOptions {
  apiKey: string;
  /** OPENAI_BASE_URL; tests point it at a local stand-in. */
  baseUrl?: string;
  model: string;
  embeddingModel?: string;
  /** Responses API by default; "chat_completions" for compatible providers that only speak that. */
  api?: "responses" | "chat_completions";
  /** Export run traces to OpenAI (off unless asked: traces contain user data). */
  tracing?: boolean;
  maxRetries?: number;
}

export const DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small";

export function createOpenAIModelPort(options: OpenAIModelOptions): ModelPort {
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseUrl, maxRetries: options.maxRetries ?? 2 });
  const embeddingModel = options.embeddingModel ?? DEFAULT_EMBEDDING_MODEL;
  return {
    kind: "openai",
    modelName: options.model,
    embeddingModel,
    tracingConfigured: options.tracing ?? false,
    getModel: () =>
      options.api === "chat_completions"
        ? new OpenAIChatCompletionsModel(client, options.model)
        : new OpenAIResponsesModel(client, options.model),
    async embed(texts) {
      if (texts.length === 0) return [];
      const res = await client.embeddings.create({ model: embeddingModel, input: texts, encoding_format: "float" });
      return [...res.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
    },
  };
}
