import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../server/src/config.ts";
import { createPorts } from "../../../server/src/ports/index.ts";

const deliver = async () => {};

describe("createPorts", () => {
  it("uses the embedded defaults with no cloud variables", () => {
    const ports = createPorts(loadConfig({ VANTA_HOME: "/tmp/vanta-home" }), { deliver });
    expect(ports.active).toEqual({ email: "outbox", scheduler: "in-process", model: "offline" });
    expect(ports.outboxDir).toBe("/tmp/vanta-home/outbox");
    expect(ports.model.modelName).toBe("vanta-offline-1");
    ports.stop();
  });

  it("switches each port to its cloud adapter when its variables are set", () => {
    const config = loadConfig({
      VANTA_HOME: "/tmp/vanta-home",
      PUBLIC_URL: "https://vanta.example",
      RESEND_API_KEY: "re_x",
      EMAIL_FROM: "Vanta <hi@vanta.example>",
      QSTASH_TOKEN: "t",
      QSTASH_CURRENT_SIGNING_KEY: "c",
      QSTASH_NEXT_SIGNING_KEY: "n",
      OPENAI_API_KEY: "sk-x",
      OPENAI_MODEL: "gpt-4.1-mini",
      OPENAI_EMBEDDING_MODEL: "text-embedding-3-large",
    });
    const ports = createPorts(config, { deliver });
    expect(ports.active).toEqual({ email: "resend", scheduler: "qstash", model: "openai" });
    expect(ports.outboxDir).toBeNull();
    expect(ports.model).toMatchObject({ modelName: "gpt-4.1-mini", embeddingModel: "text-embedding-3-large" });
    ports.stop();
  });

  it("mixes: only OpenAI configured", () => {
    const ports = createPorts(loadConfig({ OPENAI_API_KEY: "sk-x" }), { deliver });
    expect(ports.active).toEqual({ email: "outbox", scheduler: "in-process", model: "openai" });
    ports.stop();
  });
});
