import type { ModelRequest } from "@openai/agents";

/** What the offline model knows for one turn, read from the Agents SDK request. */
export interface OfflineContext {
  agentName: string | undefined;
  instructions: string;
  /** All user-provided text of the conversation, joined. */
  inputText: string;
  /** The user input parsed as JSON when it is JSON (whole text or a ```json block). */
  inputJson: unknown;
  toolResults: { name: string; arguments: unknown; output: unknown }[];
  /** Names of tools already called in this run. */
  calledTools: Set<string>;
}

type Item = Record<string, unknown>;

export function readRequest(request: ModelRequest, agentName: string | undefined): OfflineContext {
  const items: Item[] =
    typeof request.input === "string" ? [{ role: "user", content: request.input }] : (request.input as Item[]);
  const userTexts: string[] = [];
  const calls = new Map<string, { name: string; arguments: unknown }>();
  const toolResults: OfflineContext["toolResults"] = [];
  for (const item of items) {
    if (item.role === "user") userTexts.push(contentText(item.content));
    if (item.type === "function_call") {
      calls.set(String(item.callId), { name: String(item.name), arguments: parseJson(String(item.arguments ?? "")) });
    }
    if (item.type === "function_call_result") {
      const call = calls.get(String(item.callId));
      toolResults.push({
        name: String(item.name),
        arguments: call?.arguments ?? null,
        output: parseJson(outputText(item.output)),
      });
    }
  }
  const inputText = userTexts.join("\n\n").trim();
  return {
    agentName,
    instructions: request.systemInstructions ?? "",
    inputText,
    inputJson: jsonIn(inputText),
    toolResults,
    calledTools: new Set([...calls.values()].map((c) => c.name)),
  };
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content
      .map((c) => (c && typeof c === "object" && "text" in c ? String((c as { text: unknown }).text) : ""))
      .join("\n");
  }
  return "";
}

function outputText(output: unknown): string {
  if (typeof output === "string") return output;
  if (Array.isArray(output)) return output.map(outputText).join("\n");
  if (output && typeof output === "object" && "text" in output) return String((output as { text: unknown }).text);
  return JSON.stringify(output ?? null);
}

/** JSON when the text is JSON, else the text itself. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function jsonIn(text: string): unknown {
  const whole = parseJson(text);
  if (whole !== null && typeof whole === "object") return whole;
  const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(text);
  if (fenced?.[1]) {
    const inner = parseJson(fenced[1]);
    if (inner !== null && typeof inner === "object") return inner;
  }
  return null;
}
