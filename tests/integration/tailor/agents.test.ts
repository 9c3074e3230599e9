import type { DbHandle } from "@vanta/db";
import { getModelRun } from "@vanta/db/queries/model-runs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareApplication } from "../../../server/src/agents/orchestrator/manager.ts";
import { runCoverLetterStep, runOptimizerStep, runTailorStep } from "../../../server/src/agents/orchestrator/steps.ts";
import {
  type AgentRunDeps,
  type Model,
  type ModelRequest,
  type ModelResponse,
  Usage,
} from "../../../server/src/agents/runner.ts";
import { memoryLogger } from "../../../server/src/log.ts";
import { createOfflineModelPort } from "../../../server/src/ports/model/offline/model.ts";
import { createOpenAIModelPort } from "../../../server/src/ports/model/openai.ts";
import type { ModelPort } from "../../../server/src/ports/model/types.ts";
import { createTestDb } from "../../support/db.ts";
import { type OpenAIStandIn, startOpenAIServer } from "../../support/openai-server.ts";
import { posting, resume, TODAY } from "../../unit/tailor/fixtures.ts";

// The Resume Tailor, Optimizer and Cover-letter writer through the real @openai/agents Runner: on the
// offline model, on a scripted model that fabricates (the checker must undo it), and through the openai
// client against the local OpenAI wire-format server (Responses and Chat Completions). Each run is a
// model_runs row.

let handle: DbHandle;
let openai: OpenAIStandIn;
beforeAll(async () => {
  [handle, openai] = await Promise.all([createTestDb("pglite"), startOpenAIServer("sk-test")]);
});
afterAll(async () => {
  await Promise.all([handle?.close(), openai?.close()]);
});

/** A Model that plays a fixed script: call every tool once, then answer with `final(toolOutputs)`. */
function scriptedPort(final: (agent: string) => unknown): ModelPort {
  const model = (agent: string): Model => ({
    async getResponse(request: ModelRequest): Promise<ModelResponse> {
      const items = Array.isArray(request.input) ? (request.input as { type?: string }[]) : [];
      const called = items.some((i) => i.type === "function_call_result");
      const tools = request.tools.filter((t) => t.type === "function") as { name: string }[];
      const usage = new Usage({ requests: 1, inputTokens: 100, outputTokens: 20, totalTokens: 120 });
      if (!called && tools[0]) {
        return {
          usage,
          output: [
            {
              type: "function_call",
              callId: `call_${agent}`,
              name: tools[0].name,
              arguments: "{}",
              status: "completed",
            },
          ],
        };
      }
      const text = JSON.stringify(final(agent));
      return {
        usage,
        output: [{ type: "message", role: "assistant", status: "completed", content: [{ type: "output_text", text }] }],
      };
    },
    // the runner streams on OpenAI-kind ports: the same scripted answer as one response_done event
    async *getStreamedResponse(request: ModelRequest) {
      const r = await this.getResponse(request);
      yield { type: "response_started" } as never;
      yield {
        type: "response_done",
        response: {
          id: "scripted",
          usage: { requests: 1, inputTokens: 100, outputTokens: 20, totalTokens: 120 },
          output: r.output,
        },
      } as never;
    },
  });
  return {
    kind: "openai",
    modelName: "scripted-test",
    embeddingModel: "none",
    tracingConfigured: false,
    getModel: (agent) => model(agent ?? ""),
    embed: async () => [],
  };
}

const deps = (models: ModelPort): AgentRunDeps => ({ models, db: handle.db, logger: memoryLogger() });

async function expectRecorded(modelRunId: string, agent: string, model: string) {
  const found = await getModelRun(handle.db, modelRunId);
  expect(found?.run).toMatchObject({ agent, model, success: true });
  expect(found!.run.inputTokens).toBeGreaterThan(0);
  expect(found!.run.latencyMs).toBeGreaterThanOrEqual(0);
}

describe("agents on the offline model (real deterministic work)", () => {
  it("tailor, optimizer and cover letter run, are recorded, and pass the checker", async () => {
    const d = deps(createOfflineModelPort());
    const t = await runTailorStep(d, resume(), posting(), { today: TODAY });
    await expectRecorded(t.modelRunId, "resume_tailor", "vanta-offline-1");
    expect(t.result.flags).toEqual([]);
    expect(t.result.resume.work![0]!.highlights!.slice(0, 4).join(" ")).toMatch(/Kubernetes/);
    const o = await runOptimizerStep(d, t.result.resume, posting(), { today: TODAY });
    await expectRecorded(o.modelRunId, "resume_optimizer", "vanta-offline-1");
    expect(o.result.summary).toContain(`ATS score ${o.result.score}/100`);
    expect(o.result.keywords.missing).toContain("Kafka");
    const c = await runCoverLetterStep(d, t.result.resume, posting(), { today: TODAY });
    await expectRecorded(c.modelRunId, "cover_letter_writer", "vanta-offline-1");
    expect(c.result.text).toMatch(/^Dear Quillstone team,/);
    expect(c.result.flags).toEqual([]);
  });

  it("the orchestrator reports each step with its model run", async () => {
    const seen: string[] = [];
    const { result, steps } = await prepareApplication(
      deps(createOfflineModelPort()),
      { resume: resume(), posting: posting() },
      { today: TODAY, onProgress: async (s) => void seen.push(s.map((x) => `${x.name}:${x.status}`).join(",")) },
    );
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ["tailor", "done"],
      ["score", "done"],
      ["cover_letter", "done"],
    ]);
    for (const s of steps)
      await expectRecorded(s.modelRunId!, expect.any(String) as unknown as string, "vanta-offline-1");
    expect(seen[0]).toBe("tailor:running,score:pending,cover_letter:pending");
    expect(seen.at(-1)).toBe("tailor:done,score:done,cover_letter:done");
    expect(result.ats.score).toBeGreaterThan(0);
    expect(result.letter.text).toContain("Quillstone");
  });
});

describe("agents on a scripted model that fabricates: the rules run after the model", () => {
  const fabricating = scriptedPort((agent) => {
    if (agent === "resume_tailor")
      return {
        summary: "Backend engineer with a PhD and twelve years in Go.",
        work: [
          {
            index: 0,
            highlights: [
              "Led 40 engineers building Kafka pipelines",
              "Mentored four junior engineers through their first on-call rotations",
            ],
          },
        ],
        skills: [{ name: "Languages", keywords: ["Go", "Rust"] }],
      };
    if (agent === "resume_optimizer")
      return {
        score: 99,
        summary: "Great.",
        issues: [
          { path: "skills", message: "Kafka missing", suggestion: "Add Kafka to your skills" },
          { path: "skills", message: "Java missing", suggestion: "Add Java if you have used it" },
        ],
      };
    return {
      text: "Dear Quillstone team,\n\nI scaled Kafka to 5 billion events at Google. I mentored four junior engineers.\n\nSincerely,\nDana Whitfield",
    };
  });

  it("tailor: invented facts removed and flagged, the rest kept", async () => {
    const t = await runTailorStep(deps(fabricating), resume(), posting(), { today: TODAY });
    await expectRecorded(t.modelRunId, "resume_tailor", "scripted-test");
    expect(t.result.resume.basics!.summary).toBe(resume().basics!.summary);
    expect(t.result.resume.work![0]!.highlights).toEqual([
      "Mentored four junior engineers through their first on-call rotations",
    ]);
    expect(t.result.resume.skills).toEqual([{ name: "Languages", keywords: ["Go"] }]);
    const reasons = t.result.flags.map((f) => `${f.path}: ${f.reason}`).join("\n");
    expect(reasons).toMatch(/basics.summary: .*degree "doctorate"/);
    expect(reasons).toMatch(/work\[0\].highlights\[0\]: .*"40".*Kafka/);
    expect(reasons).toMatch(/skills\[0\].keywords\[1\]: .*Rust/);
  });

  it("optimizer: the score is computed, a fix asserting a claim is dropped", async () => {
    const o = await runOptimizerStep(deps(fabricating), resume(), posting(), { today: TODAY });
    expect(o.result.score).not.toBe(99);
    expect(o.result.issues.map((i) => i.suggestion)).toEqual(["Add Java if you have used it"]);
    expect(o.result.flags[0]!.reason).toMatch(/Kafka/);
  });

  it("cover letter: the invented sentence is removed", async () => {
    const c = await runCoverLetterStep(deps(fabricating), resume(), posting(), { today: TODAY });
    expect(c.result.text).not.toMatch(/Google|billion/);
    expect(c.result.text).toContain("I mentored four junior engineers.");
    expect(c.result.flags).toHaveLength(1);
  });
});

describe.each([
  ["responses", true],
  ["chat_completions", true],
  ["responses", false],
] as const)("agents through the openai client (%s, streamed: %s) against the local server", (api, stream) => {
  it("each agent calls its tool over the wire and answers in its schema; runs are recorded", async () => {
    const models = createOpenAIModelPort({
      apiKey: "sk-test",
      baseUrl: openai.url,
      model: "gpt-test-mini",
      api,
      maxRetries: 0,
    });
    const before = openai.requests.length;
    const { result, steps } = await prepareApplication(
      deps(models),
      { resume: resume(), posting: posting() },
      { today: TODAY, stream },
    );
    const calls = openai.requests.slice(before);
    expect(calls.map((c) => Boolean(c.body.stream))).toEqual(Array(6).fill(stream));
    const path = api === "responses" ? "/v1/responses" : "/v1/chat/completions";
    expect(calls.map((c) => c.path)).toEqual(Array(6).fill(path));
    expect(JSON.stringify(calls.map((c) => c.body.tools))).toMatch(
      /generate_resume.*optimize_resume.*draft_cover_letter/,
    );
    for (const s of steps) {
      const found = await getModelRun(handle.db, s.modelRunId!);
      expect(found?.run).toMatchObject({ model: "gpt-test-mini", provider: "openai", success: true });
    }
    // the stand-in answers from the tool output, so the draft comes back through the wire and the checker
    expect(result.tailored.flags).toEqual([]);
    expect(result.tailored.resume.work![0]!.highlights![0]).toBe(
      "Mentored four junior engineers through their first on-call rotations",
    );
    expect(result.letter.text).toMatch(/^Dear Quillstone team,/);
  });
});
