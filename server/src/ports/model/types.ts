import type { Model } from "@openai/agents";

export interface ModelPort {
  readonly kind: "offline" | "openai";
  /** Name recorded in model_runs.model. */
  readonly modelName: string;
  readonly embeddingModel: string;
  /** Whether run traces may be exported (never for the offline model; opt-in for OpenAI). */
  readonly tracingConfigured: boolean;
  /** The Agents SDK model for one run; the agent name lets the offline model pick a registered skill. */
  getModel(agentName?: string): Model;
  /** One vector per text, same order; vectors of one port are comparable with cosine similarity. */
  embed(texts: string[]): Promise<number[][]>;
}
