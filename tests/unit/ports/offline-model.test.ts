import { describe, expect, it } from "vitest";
import { OfflineModel } from "../../../server/src/ports/model/offline/model.ts";
import { readRequest } from "../../../server/src/ports/model/offline/request-context.ts";
import { fillOutput, fillToolArgs } from "../../../server/src/ports/model/offline/schema-fill.ts";

type Request = Parameters<OfflineModel["getResponse"]>[0];

function request(over: Partial<Request>): Request {
  return {
    input: "",
    modelSettings: {},
    tools: [],
    outputType: "text",
    handoffs: [],
    tracing: false,
    ...over,
  } as Request;
}

const searchTool = {
  type: "function" as const,
  name: "search_jobs",
  description: "search",
  strict: true,
  parameters: {
    type: "object",
    properties: { query: { type: "string" }, limit: { anyOf: [{ type: "integer" }, { type: "null" }] } },
    required: ["query", "limit"],
    additionalProperties: false,
  },
};
const userIdTool = {
  ...searchTool,
  name: "get_user",
  parameters: {
    type: "object",
    properties: { user_id: { type: "string" } },
    required: ["user_id"],
    additionalProperties: false,
  },
};

describe("OfflineModel turns", () => {
  it("first turn calls the tools it can fill, skips the ones it cannot", async () => {
    const model = new OfflineModel("scout");
    const res = await model.getResponse(
      request({ input: "remote rust jobs in Berlin", tools: [searchTool, userIdTool] as never }),
    );
    expect(res.output).toHaveLength(1);
    expect(res.output[0]).toMatchObject({ type: "function_call", name: "search_jobs" });
    expect(JSON.parse((res.output[0] as { arguments: string }).arguments)).toEqual({
      query: "remote rust jobs in Berlin",
      limit: null,
    });
    expect(res.usage.inputTokens).toBeGreaterThan(0);
  });

  it("toolChoice none answers directly; same request gives the same answer", async () => {
    const model = new OfflineModel();
    const req = request({
      input: "Summarize: we hire Go engineers. Remote ok.",
      tools: [searchTool] as never,
      modelSettings: { toolChoice: "none" },
    });
    const a = await model.getResponse(req);
    const b = await model.getResponse(req);
    expect(a.output).toEqual(b.output);
    expect(a.output[0]).toMatchObject({
      type: "message",
      content: [{ type: "output_text", text: "Summarize: we hire Go engineers. Remote ok." }],
    });
  });

  it("after tool output, a text agent reports the tool results", async () => {
    const model = new OfflineModel();
    const res = await model.getResponse(
      request({
        input: [
          { role: "user", content: "find rust jobs" },
          { type: "function_call", callId: "c1", name: "search_jobs", arguments: '{"query":"rust"}' },
          {
            type: "function_call_result",
            callId: "c1",
            name: "search_jobs",
            status: "completed",
            output: { type: "text", text: '[{"title":"Rust dev"}]' },
          },
        ] as never,
        tools: [searchTool] as never,
      }),
    );
    const text = (res.output[0] as { content: { text: string }[] }).content[0]!.text;
    expect(text).toBe("search jobs: 1 item(s): title Rust dev");
  });

  it("streams the same answer", async () => {
    const model = new OfflineModel();
    const events = [];
    for await (const e of model.getStreamedResponse(request({ input: "hello there" }))) events.push(e);
    expect(events.map((e) => e.type)).toEqual(["response_started", "output_text_delta", "response_done"]);
    expect(events[1]).toMatchObject({ delta: "hello there" });
  });
});

describe("schema filler", () => {
  const ctx = (input: string, toolOutputs: unknown[] = []) =>
    readRequest(
      request({
        input: [
          { role: "user", content: input },
          ...toolOutputs.flatMap((o, i) => [
            { type: "function_call", callId: `c${i}`, name: `tool_${i}`, arguments: "{}" },
            {
              type: "function_call_result",
              callId: `c${i}`,
              name: `tool_${i}`,
              status: "completed",
              output: JSON.stringify(o),
            },
          ]),
        ] as never,
      }),
      undefined,
    );

  it("copies values by property name from tool output, derives the rest, honours enums/bounds/nullables", () => {
    const schema = {
      type: "object",
      properties: {
        verdict: { type: "string", enum: ["strong", "partial", "weak"] },
        score: { type: "integer", minimum: 0, maximum: 100 },
        salaryMin: { anyOf: [{ type: "number" }, { type: "null" }] },
        remote: { type: "boolean" },
        requirements: { type: "array", items: { $ref: "#/$defs/req" } },
        rationale: { type: "string", maxLength: 60 },
      },
      required: ["verdict", "score", "salaryMin", "remote", "requirements", "rationale"],
      $defs: {
        req: {
          type: "object",
          properties: { text: { type: "string" }, met: { type: "boolean" } },
          required: ["text", "met"],
        },
      },
    };
    const out = fillOutput(
      schema,
      ctx("Remote role, partial match expected", [
        {
          score: 140,
          salary_min: null,
          requirements: [
            { text: "Go", met: true },
            { text: "K8s", met: false },
          ],
        },
      ]),
    ) as Record<string, unknown>;
    expect(out).toEqual({
      verdict: "partial",
      score: 100, // clamped to the schema maximum
      salaryMin: null,
      remote: true,
      requirements: [
        { text: "Go", met: true },
        { text: "K8s", met: false },
      ],
      rationale: expect.stringMatching(/^tool 0: /),
    });
    expect((out.rationale as string).length).toBeLessThanOrEqual(60);
  });

  it("tool args: required params come from input JSON by name; missing ones make the tool uncallable", () => {
    const schema = {
      type: "object",
      properties: { user_id: { type: "string" }, days: { type: "integer" } },
      required: ["user_id", "days"],
    };
    expect(fillToolArgs(schema, ctx('{"user_id":"u1","days":"7"}'))).toEqual({ user_id: "u1", days: 7 });
    expect(fillToolArgs(schema, ctx('{"user_id":"u1"}'))).toBeUndefined();
  });
});
