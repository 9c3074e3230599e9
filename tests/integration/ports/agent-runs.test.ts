import type { DbHandle } from "@vanta/db";
import { getModelRun } from "@vanta/db/queries/model-runs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { skillMatchAgent } from "../../../server/src/agents/examples/skill-match.ts";
import { Agent, runAgent } from "../../../server/src/agents/runner.ts";
import { memoryLogger } from "../../../server/src/log.ts";
import { createOfflineModelPort } from "../../../server/src/ports/model/offline/model.ts";
import { registerOfflineSkill, unregisterOfflineSkill } from "../../../server/src/ports/model/offline/skills.ts";
import { createOpenAIModelPort } from "../../../server/src/ports/model/openai.ts";
import { createTestDb } from "../../support/db.ts";
import { type OpenAIStandIn, startOpenAIServer } from "../../support/openai-server.ts";

let handle: DbHandle;
let openai: OpenAIStandIn;
beforeAll(async () => {
  [handle, openai] = await Promise.all([createTestDb("pglite"), startOpenAIServer("sk-test")]);
});
afterAll(async () => {
  await Promise.all([handle?.close(), openai?.close()]);
});

const posting =
  "Senior Backend Engineer. We build payment APIs in TypeScript and Go on PostgreSQL and Kafka. " +
  "Experience with Kubernetes is a plus.";
const input = JSON.stringify({ posting, candidate_skills: ["TypeScript", "PostgreSQL", "React", "Kafka", "Rust"] });
const expected = {
  matched_skills: ["TypeScript", "PostgreSQL", "Kafka"],
  missing_skills: ["React", "Rust"],
  coverage: 60,
};

async function recorded(modelRunId: string) {
  const found = await getModelRun(handle.db, modelRunId);
  expect(found).not.toBeNull();
  return found!;
}

describe("agent runs through the real @openai/agents Runner", () => {
  it("(a) offline model: calls the tool, answers from its output, and the run is recorded", async () => {
    const logger = memoryLogger();
    const models = createOfflineModelPort();
    const result = await runAgent({ models, db: handle.db, logger }, skillMatchAgent, input, { purpose: "test" });
    expect(result.output).toMatchObject(expected);
    expect(result.output.summary).toContain("find skills");
    expect(result.output.summary).toContain("coverage 60");

    const { run, io } = await recorded(result.modelRunId);
    expect(run).toMatchObject({
      agent: "skill_match",
      purpose: "test",
      model: "vanta-offline-1",
      provider: "offline",
      success: true,
      error: null,
    });
    expect(run.inputTokens).toBeGreaterThan(0);
    expect(run.outputTokens).toBeGreaterThan(0);
    expect(run.inputTokens).toBe(result.inputTokens);
    expect(run.latencyMs).toBeGreaterThanOrEqual(0);
    expect(run.finishedAt).not.toBeNull();
    expect(io.map((r) => r.direction).sort()).toEqual(["input", "output"]);
    expect(io.find((r) => r.direction === "output")?.payload).toEqual({ output: result.output });
    expect(logger.lines.filter((l) => l.model_run_id === result.modelRunId).map((l) => l.msg)).toEqual([
      "agent run started",
      "agent run finished",
    ]);
  });

  it("(a) offline answers follow the input (no canned answer)", async () => {
    const models = createOfflineModelPort();
    const other = JSON.stringify({
      posting: "Frontend role: React and Rust (WASM).",
      candidate_skills: ["React", "Rust", "Go"],
    });
    const result = await runAgent({ models, logger: memoryLogger() }, skillMatchAgent, other, { purpose: "test" });
    expect(result.output).toMatchObject({ matched_skills: ["React", "Rust"], missing_skills: ["Go"], coverage: 67 });
  });

  it("(b) OpenAI Responses API via the openai client against the local server", async () => {
    const models = createOpenAIModelPort({
      apiKey: "sk-test",
      baseUrl: openai.url,
      model: "gpt-test-mini",
      maxRetries: 0,
    });
    const before = openai.requests.length;
    const result = await runAgent({ models, db: handle.db, logger: memoryLogger() }, skillMatchAgent, input, {
      purpose: "test",
    });
    expect(result.output).toMatchObject(expected);
    const calls = openai.requests.slice(before);
    expect(calls.map((c) => c.path)).toEqual(["/v1/responses", "/v1/responses"]);
    expect(JSON.stringify(calls[1]?.body.input)).toContain("function_call_output");
    const { run } = await recorded(result.modelRunId);
    expect(run).toMatchObject({ model: "gpt-test-mini", provider: "openai", success: true });
    expect(run.inputTokens).toBeGreaterThan(0);
  });

  it("(b) OpenAI Chat Completions API variant", async () => {
    const models = createOpenAIModelPort({
      apiKey: "sk-test",
      baseUrl: openai.url,
      model: "gpt-test-mini",
      api: "chat_completions",
      maxRetries: 0,
    });
    const before = openai.requests.length;
    const result = await runAgent({ models, logger: memoryLogger() }, skillMatchAgent, input, { purpose: "test" });
    expect(result.output).toMatchObject(expected);
    expect(openai.requests.slice(before).map((c) => c.path)).toEqual(["/v1/chat/completions", "/v1/chat/completions"]);
  });

  it("a failed run is recorded with success=false and its error", async () => {
    const models = createOpenAIModelPort({
      apiKey: "sk-wrong",
      baseUrl: openai.url,
      model: "gpt-test-mini",
      maxRetries: 0,
    });
    const logger = memoryLogger();
    await expect(
      runAgent({ models, db: handle.db, logger }, skillMatchAgent, input, { purpose: "test" }),
    ).rejects.toThrow(/401|Incorrect API key/);
    const line = logger.lines.find((l) => l.msg === "agent run failed");
    expect(line?.model_run_id).toBeTruthy();
    const { run, io } = await recorded(String(line?.model_run_id));
    expect(run.success).toBe(false);
    expect(run.error).toMatch(/401|Incorrect API key/);
    expect(io.map((r) => r.direction)).toEqual(["input"]);
  });

  it("a registered offline skill decides the answer for its agent", async () => {
    const agent = new Agent({
      name: "posting_title_test",
      instructions: "Extract the job title.",
      outputType: z.object({ title: z.string(), words: z.number().int() }),
    });
    registerOfflineSkill("posting_title_test", (ctx) => {
      const title = ctx.inputText.split(".")[0]!.trim();
      return { title, words: title.split(/\s+/).length };
    });
    try {
      const { output } = await runAgent({ models: createOfflineModelPort(), logger: memoryLogger() }, agent, posting, {
        purpose: "test",
      });
      expect(output).toEqual({ title: "Senior Backend Engineer", words: 3 });
    } finally {
      unregisterOfflineSkill("posting_title_test");
    }
  });

  it("a skill returning output that breaks the schema fails the run (the SDK validates)", async () => {
    const agent = new Agent({ name: "bad_skill_test", instructions: "x", outputType: z.object({ n: z.number() }) });
    registerOfflineSkill("bad_skill_test", () => ({ n: "not a number" }));
    const logger = memoryLogger();
    try {
      await expect(
        runAgent({ models: createOfflineModelPort(), db: handle.db, logger }, agent, "hi", { purpose: "test" }),
      ).rejects.toThrow();
      const runId = String(logger.lines.find((l) => l.msg === "agent run failed")?.model_run_id);
      const { run } = await recorded(runId);
      expect(run).toMatchObject({ agent: "bad_skill_test", success: false });
      expect(run.error).toMatch(/ModelBehaviorError|Invalid output/);
    } finally {
      unregisterOfflineSkill("bad_skill_test");
    }
  });
});

describe("embeddings", () => {
  it("offline hashed n-grams: deterministic, unit length, lexically similar texts closer", async () => {
    const models = createOfflineModelPort();
    const [a, b, c, a2] = await models.embed([
      "Senior TypeScript engineer, PostgreSQL",
      "TypeScript engineer with Postgres and PostgreSQL",
      "Registered nurse, night shifts",
      "Senior TypeScript engineer, PostgreSQL",
    ]);
    const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i]!, 0);
    expect(a).toEqual(a2);
    expect(dot(a!, a!)).toBeCloseTo(1, 6);
    expect(dot(a!, b!)).toBeGreaterThan(dot(a!, c!) + 0.3);
  });

  it("OpenAI embeddings via the local server keep input order", async () => {
    const models = createOpenAIModelPort({ apiKey: "sk-test", baseUrl: openai.url, model: "m", maxRetries: 0 });
    const vectors = await models.embed(["alpha beta", "gamma", "alpha beta"]);
    expect(vectors).toHaveLength(3);
    expect(vectors[0]).toHaveLength(64);
    expect(vectors[0]).toEqual(vectors[2]);
    expect(vectors[0]).not.toEqual(vectors[1]);
  });
});
