import type { Config } from "../../config.ts";
import { createOfflineModelPort } from "./offline/model.ts";
import { createOpenAIModelPort } from "./openai.ts";
import type { ModelPort } from "./types.ts";

/** The model port alone, for one-shot commands: OpenAI when configured, else the offline model. */
export function modelPortFor(config: Pick<Config, "openai">): ModelPort {
  return config.openai
    ? createOpenAIModelPort({
        apiKey: config.openai.apiKey,
        baseUrl: config.openai.baseUrl,
        model: config.openai.model,
        embeddingModel: config.openai.embeddingModel,
      })
    : createOfflineModelPort();
}
