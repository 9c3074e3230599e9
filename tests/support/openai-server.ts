import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A local stand-in for the OpenAI HTTP API (POST /v1/responses, /v1/chat/completions, /v1/embeddings).
// Replies are computed from each request: with tools declared and no tool output yet, it calls the first
// tool with arguments taken (by parameter name) from the user's JSON input; once tool output is present it
// answers with JSON built for the requested json_schema from that output. With `stream: true` the same
// answer is sent as server-sent events (Responses API events; Chat Completions chunks, then [DONE]).

type Json = Record<string, unknown>;
type Schema = Json;

export interface OpenAIStandIn {
  url: string;
  requests: { path: string; body: Json }[];
  close(): Promise<void>;
}

export async function startOpenAIServer(apiKey: string): Promise<OpenAIStandIn> {
  const requests: OpenAIStandIn["requests"] = [];
  let seq = 0;
  const id = (prefix: string) => `${prefix}_${String(++seq).padStart(6, "0")}`;

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json", "x-request-id": id("req") });
      res.end(JSON.stringify(body));
    };
    const error = (status: number, message: string, code: string | null = null) =>
      reply(status, { error: { message, type: "invalid_request_error", param: null, code } });
    if (req.headers.authorization !== `Bearer ${apiKey}`)
      return error(401, "Incorrect API key provided.", "invalid_api_key");
    let body: Json;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Json;
    } catch {
      return error(400, "We could not parse the JSON body of your request.");
    }
    const path = (req.url ?? "").replace(/\?.*$/, "");
    requests.push({ path, body });
    if (body.stream && req.method === "POST" && path === "/v1/responses")
      return sse(res, responseEvents(responses(body, id)));
    if (body.stream && req.method === "POST" && path === "/v1/chat/completions")
      return sse(res, chatChunks(chatCompletions(body, id), body), true);
    if (body.stream) return error(400, `stream is not supported on ${path} by this stand-in`);
    if (req.method === "POST" && path === "/v1/responses") return reply(200, responses(body, id));
    if (req.method === "POST" && path === "/v1/chat/completions") return reply(200, chatCompletions(body, id));
    if (req.method === "POST" && path === "/v1/embeddings") return reply(200, embeddings(body));
    error(404, `Invalid URL (${req.method} ${path})`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// ---- Responses API

function responses(body: Json, id: (p: string) => string): Json {
  const input =
    typeof body.input === "string" ? [{ role: "user", content: body.input }] : ((body.input ?? []) as Json[]);
  const userText = input
    .filter((i) => i.role === "user")
    .map((i) => textOf(i.content))
    .join("\n");
  const toolOutputs = input.filter((i) => i.type === "function_call_output").map((i) => parse(String(i.output)));
  const tools = ((body.tools ?? []) as Json[]).filter((t) => t.type === "function");
  const format = (body.text as Json | undefined)?.format as Json | undefined;
  const usage = { input_tokens: tokens(JSON.stringify(body)), output_tokens: 0, total_tokens: 0 };
  let output: Json[];
  const firstTool = tools[0];
  if (firstTool && toolOutputs.length === 0) {
    const args = JSON.stringify(build(firstTool.parameters as Schema, [parse(userText)], userText));
    output = [
      {
        type: "function_call",
        id: id("fc"),
        call_id: id("call"),
        name: firstTool.name,
        arguments: args,
        status: "completed",
      },
    ];
  } else {
    const text = answer(format?.type === "json_schema" ? (format.schema as Schema) : null, toolOutputs, userText);
    output = [
      {
        type: "message",
        id: id("msg"),
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text, annotations: [] }],
      },
    ];
  }
  usage.output_tokens = tokens(JSON.stringify(output));
  usage.total_tokens = usage.input_tokens + usage.output_tokens;
  return {
    id: id("resp"),
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    status: "completed",
    model: body.model,
    output,
    usage: { ...usage, input_tokens_details: { cached_tokens: 0 }, output_tokens_details: { reasoning_tokens: 0 } },
  };
}

// ---- Chat Completions API

function chatCompletions(body: Json, id: (p: string) => string): Json {
  const messages = (body.messages ?? []) as Json[];
  const userText = messages
    .filter((m) => m.role === "user")
    .map((m) => textOf(m.content))
    .join("\n");
  const toolOutputs = messages.filter((m) => m.role === "tool").map((m) => parse(textOf(m.content)));
  const tools = ((body.tools ?? []) as Json[]).map((t) => t.function as Json);
  const format = body.response_format as Json | undefined;
  const firstTool = tools[0];
  let message: Json;
  let finish: string;
  if (firstTool && toolOutputs.length === 0) {
    const args = JSON.stringify(build(firstTool.parameters as Schema, [parse(userText)], userText));
    message = {
      role: "assistant",
      content: null,
      tool_calls: [{ id: id("call"), type: "function", function: { name: firstTool.name, arguments: args } }],
    };
    finish = "tool_calls";
  } else {
    const schema = format?.type === "json_schema" ? ((format.json_schema as Json).schema as Schema) : null;
    message = { role: "assistant", content: answer(schema, toolOutputs, userText), refusal: null };
    finish = "stop";
  }
  const prompt = tokens(JSON.stringify(messages));
  const completion = tokens(JSON.stringify(message));
  return {
    id: id("chatcmpl"),
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message, finish_reason: finish, logprobs: null }],
    usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
  };
}

// ---- Streaming: the computed answer, as the events the real API sends

function sse(res: import("node:http").ServerResponse, events: Json[], done = false): void {
  res.writeHead(200, {
    "Content-Type": "text/event-stream",
    "Cache-Control": "no-cache",
    "x-request-id": "req_stream",
  });
  for (const e of events) res.write(`${e.type && !done ? `event: ${e.type}\n` : ""}data: ${JSON.stringify(e)}\n\n`);
  if (done) res.write("data: [DONE]\n\n");
  res.end();
}

/** Responses API stream: created, each output item added (text in 20-character deltas) and done, completed. */
function responseEvents(response: Json): Json[] {
  let seq = 0;
  const events: Json[] = [
    { type: "response.created", sequence_number: seq++, response: { ...response, status: "in_progress", output: [] } },
  ];
  ((response.output ?? []) as Json[]).forEach((item, output_index) => {
    const empty =
      item.type === "message" ? { ...item, status: "in_progress", content: [] } : { ...item, status: "in_progress" };
    events.push({ type: "response.output_item.added", sequence_number: seq++, output_index, item: empty });
    if (item.type === "message") {
      const text = String(((item.content as Json[])[0] as Json).text ?? "");
      for (let i = 0; i < text.length; i += 20)
        events.push({
          type: "response.output_text.delta",
          sequence_number: seq++,
          item_id: item.id,
          output_index,
          content_index: 0,
          delta: text.slice(i, i + 20),
          logprobs: [],
        });
    }
    events.push({ type: "response.output_item.done", sequence_number: seq++, output_index, item });
  });
  events.push({ type: "response.completed", sequence_number: seq++, response });
  return events;
}

/** Chat Completions stream: role, the content (or tool calls) in pieces, finish reason, then usage when asked. */
function chatChunks(completion: Json, body: Json): Json[] {
  const choice = (completion.choices as Json[])[0]!;
  const message = choice.message as Json;
  const base = {
    id: completion.id,
    object: "chat.completion.chunk",
    created: completion.created,
    model: completion.model,
  };
  const chunk = (delta: Json, finish: string | null = null): Json => ({
    ...base,
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  });
  const chunks: Json[] = [chunk({ role: "assistant", content: "" })];
  if (typeof message.content === "string")
    for (let i = 0; i < message.content.length; i += 20)
      chunks.push(chunk({ content: message.content.slice(i, i + 20) }));
  ((message.tool_calls ?? []) as Json[]).forEach((call, index) => {
    const fn = call.function as Json;
    chunks.push(
      chunk({ tool_calls: [{ index, id: call.id, type: "function", function: { name: fn.name, arguments: "" } }] }),
    );
    chunks.push(chunk({ tool_calls: [{ index, function: { arguments: fn.arguments } }] }));
  });
  chunks.push(chunk({}, String(choice.finish_reason)));
  if ((body.stream_options as Json | undefined)?.include_usage)
    chunks.push({ ...base, choices: [], usage: completion.usage });
  return chunks;
}

// ---- Embeddings: 64-dim bag of hashed words, L2-normalized

function embeddings(body: Json): Json {
  const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
  const data = inputs.map((text, index) => {
    const v = new Array<number>(64).fill(0);
    for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
      const h = createHash("md5").update(w).digest();
      v[h[0]! % 64]! += h[1]! & 1 ? 1 : -1;
    }
    const n = Math.hypot(...v) || 1;
    const vec = v.map((x) => x / n);
    const embedding =
      body.encoding_format === "base64" ? Buffer.from(new Float32Array(vec).buffer).toString("base64") : vec;
    return { object: "embedding", index, embedding };
  });
  const t = tokens(inputs.join(" "));
  return { object: "list", data, model: body.model, usage: { prompt_tokens: t, total_tokens: t } };
}

// ---- helpers

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((c) => String((c as Json).text ?? "")).join("\n");
  return "";
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const tokens = (s: string) => Math.ceil(s.length / 4);

function answer(schema: Schema | null, toolOutputs: unknown[], userText: string): string {
  if (!schema) return toolOutputs.length ? `Tool results: ${JSON.stringify(toolOutputs)}` : `You said: ${userText}`;
  return JSON.stringify(build(schema, [...toolOutputs, parse(userText)], userText));
}

/** A value for `schema`: each property copied by name from the first source that has it, else derived by type. */
function build(schema: Schema, sources: unknown[], text: string, key = ""): unknown {
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (branches) {
    const found = find(sources, key);
    const nonNull = branches.find((b) => b.type !== "null");
    return found === undefined && branches.some((b) => b.type === "null")
      ? null
      : build(nonNull ?? {}, sources, text, key);
  }
  const type = Array.isArray(schema.type)
    ? (schema.type as string[]).find((t) => t !== "null")
    : (schema.type as string);
  if (type === "object") {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    return Object.fromEntries(Object.entries(props).map(([k, s]) => [k, build(s, sources, text, k)]));
  }
  const found = find(sources, key);
  if (type === "array") return Array.isArray(found) ? found : [];
  if (type === "string") {
    const e = schema.enum as string[] | undefined;
    if (e) return e.includes(found as string) ? found : e[0];
    if (typeof found === "string") return found;
    return `${key}: ${JSON.stringify(sources[0] ?? text).slice(0, 200)}`;
  }
  if (type === "number" || type === "integer") {
    const n = typeof found === "number" ? found : 0;
    return type === "integer" ? Math.round(n) : n;
  }
  if (type === "boolean") return found === true;
  return found ?? null;
}

function find(sources: unknown[], key: string): unknown {
  for (const s of sources) {
    if (s && typeof s === "object" && !Array.isArray(s) && key in (s as Json)) return (s as Json)[key];
  }
  return undefined;
}
