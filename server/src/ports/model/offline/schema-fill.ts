import type { OfflineContext } from "./request-context.ts";
import { describeValue, firstSentences, keywords, overlap } from "./text.ts";

// A JSON-Schema-driven filler: builds a value valid for the schema from what the run actually has
// (input JSON, tool outputs, input text). Values are looked up by property name first; only then derived.

type Schema = Record<string, unknown>;

/** Thrown in "args" mode when a required parameter has no source: the tool is then not called. */
class Unfillable extends Error {}

interface Fill {
  root: Schema;
  ctx: OfflineContext;
  /** Objects searched for a property by name, most specific first. */
  facts: unknown[];
  mode: "output" | "args";
}

export function fillOutput(schema: Schema, ctx: OfflineContext): unknown {
  const facts = [...ctx.toolResults.map((r) => r.output).reverse(), ctx.inputJson];
  return fillValue(schema, "", { root: schema, ctx, facts, mode: "output" });
}

/** Arguments for a tool from the input, or undefined when a required parameter cannot be sourced. */
export function fillToolArgs(schema: Schema, ctx: OfflineContext): Record<string, unknown> | undefined {
  try {
    const value = fillValue(schema, "", { root: schema, ctx, facts: [ctx.inputJson], mode: "args" });
    return value && typeof value === "object" ? (value as Record<string, unknown>) : undefined;
  } catch (err) {
    if (err instanceof Unfillable) return undefined;
    throw err;
  }
}

function resolve(schema: Schema, root: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string" || !ref.startsWith("#/")) return schema;
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) node = (node as Record<string, unknown> | undefined)?.[part];
  return resolve((node as Schema) ?? {}, root);
}

function typesOf(schema: Schema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === "string") return [schema.type];
  if (schema.properties) return ["object"];
  if (schema.items) return ["array"];
  return [];
}

const norm = (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Depth-first search of the facts for a property whose name matches `key` (case/separator-insensitive). */
function lookup(key: string, facts: unknown[]): unknown {
  if (!key) return undefined;
  const want = norm(key);
  const seen = new Set<unknown>();
  const visit = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== "object" || depth > 6 || seen.has(node)) return undefined;
    seen.add(node);
    if (!Array.isArray(node)) {
      for (const [k, v] of Object.entries(node)) if (norm(k) === want && v !== undefined) return v;
    }
    for (const v of Object.values(node)) {
      const found = visit(v, depth + 1);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const f of facts) {
    const found = visit(f, 0);
    if (found !== undefined) return found;
  }
  return undefined;
}

function fillValue(rawSchema: Schema, key: string, f: Fill): unknown {
  const schema = resolve(rawSchema, f.root);
  if ("const" in schema) return schema.const;
  const branches = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (branches) {
    const nonNull = branches.filter((b) => !typesOf(resolve(b, f.root)).includes("null"));
    const nullable = nonNull.length < branches.length;
    const found = lookup(key, f.facts);
    if (nullable && (found === undefined || found === null) && f.mode === "args") return null;
    if (nullable && found === null) return null;
    try {
      return fillValue(nonNull[0] ?? {}, key, f);
    } catch (err) {
      if (nullable && err instanceof Unfillable) return null;
      throw err;
    }
  }
  const types = typesOf(schema);
  const nullable = types.includes("null");
  const type = types.find((t) => t !== "null");
  if (nullable && lookup(key, f.facts) === null) return null;
  try {
    switch (type) {
      case "object":
        return fillObject(schema, f);
      case "array":
        return fillArray(schema, key, f);
      case "string":
        return fillString(schema, key, f);
      case "integer":
      case "number":
        return fillNumber(schema, key, f, type === "integer");
      case "boolean":
        return fillBoolean(key, f);
      case "null":
        return null;
      default: {
        const found = lookup(key, f.facts);
        if (found !== undefined) return found;
        if (f.mode === "args") throw new Unfillable(key);
        return describeValue(f.ctx.inputText);
      }
    }
  } catch (err) {
    if (nullable && err instanceof Unfillable) return null;
    throw err;
  }
}

function fillObject(schema: Schema, f: Fill): Record<string, unknown> {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? Object.keys(props));
  const out: Record<string, unknown> = {};
  for (const [name, prop] of Object.entries(props)) {
    try {
      out[name] = fillValue(prop, name, f);
    } catch (err) {
      if (err instanceof Unfillable && !required.has(name)) continue;
      throw err;
    }
  }
  return out;
}

function fillArray(schema: Schema, key: string, f: Fill): unknown[] {
  const items = resolve((schema.items as Schema | undefined) ?? {}, f.root);
  const min = Number(schema.minItems ?? 0);
  const max = Number(schema.maxItems ?? 10);
  const found = lookup(key, f.facts);
  let out: unknown[];
  const itemTypes = typesOf(items);
  if (
    Array.isArray(found) &&
    (itemTypes.includes("string") || itemTypes.includes("number") || itemTypes.includes("integer"))
  ) {
    const wantString = itemTypes.includes("string");
    out = found.slice(0, max).map((el) => (wantString && typeof el !== "string" ? describeValue(el, 120) : el));
  } else if (Array.isArray(found)) {
    // Each element becomes the most specific fact while its own item is filled.
    out = found.slice(0, max).map((el) => fillValue(items, "", { ...f, facts: [el, ...f.facts] }));
  } else if (f.mode === "args") {
    throw new Unfillable(key);
  } else if (itemTypes.includes("string")) {
    out = keywords(f.ctx.inputText, Math.max(min, Math.min(max, 5)));
  } else if (itemTypes.includes("object")) {
    const sources = f.ctx.toolResults.length > 0 ? f.ctx.toolResults.map((r) => r.output) : [f.ctx.inputJson];
    out = sources.slice(0, max).map((s) => fillValue(items, "", { ...f, facts: [s, ...f.facts] }));
  } else {
    out = [];
  }
  while (out.length < min) out.push(fillValue(items, `${key}${out.length}`, f));
  return out.slice(0, max);
}

const PROSE_KEY =
  /(summary|rationale|reason|explanation|answer|message|note|comment|description|text|body|why|advice)/i;
const TITLE_KEY = /(title|name|headline|subject|label)$/i;
const QUERY_KEY = /^(q|query|search|text|input|keywords?|content|description|posting|resume|question|prompt)$/i;

function fillString(schema: Schema, key: string, f: Fill): string {
  const found = lookup(key, f.facts);
  const enumValues = schema.enum as string[] | undefined;
  if (enumValues?.length) {
    if (typeof found === "string" && enumValues.includes(found)) return found;
    const text = `${f.ctx.inputText} ${JSON.stringify(f.ctx.toolResults.map((r) => r.output))}`.toLowerCase();
    return enumValues.find((v) => text.includes(String(v).toLowerCase())) ?? enumValues[0]!;
  }
  let value: string | undefined =
    typeof found === "string"
      ? found
      : typeof found === "number" || typeof found === "boolean"
        ? String(found)
        : undefined;
  if (value === undefined && f.mode === "args") {
    if (!QUERY_KEY.test(key) || !f.ctx.inputText) throw new Unfillable(key);
    value = f.ctx.inputText;
  }
  if (value === undefined) value = deriveString(schema, key, f);
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  if (maxLength !== undefined && value.length > maxLength) value = value.slice(0, maxLength);
  if (value.length < minLength) value = value.padEnd(minLength, ".");
  return value;
}

function deriveString(schema: Schema, key: string, f: Fill): string {
  const { ctx } = f;
  if (schema.format === "email")
    return /[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}/i.exec(ctx.inputText)?.[0] ?? "unknown@example.invalid";
  if (schema.format === "uri" || schema.format === "url")
    return /https?:\/\/\S+/.exec(ctx.inputText)?.[0] ?? "about:blank";
  if (schema.format === "date-time") return new Date(0).toISOString();
  if (TITLE_KEY.test(key))
    return firstSentences(ctx.inputText.split("\n")[0] ?? "", 80) || keywords(ctx.inputText, 3).join(" ");
  if (PROSE_KEY.test(key) || !key) {
    if (ctx.toolResults.length > 0) {
      return ctx.toolResults.map((r) => `${r.name.replace(/_/g, " ")}: ${describeValue(r.output)}.`).join(" ");
    }
    return firstSentences(ctx.inputText, 280) || "No input was provided.";
  }
  return keywords(ctx.inputText, 3).join(" ");
}

function fillNumber(schema: Schema, key: string, f: Fill, integer: boolean): number {
  const found = lookup(key, f.facts);
  const min = typeof schema.minimum === "number" ? schema.minimum : undefined;
  const max = typeof schema.maximum === "number" ? schema.maximum : undefined;
  let n: number | undefined =
    typeof found === "number" ? found : typeof found === "string" && found.trim() !== "" ? Number(found) : undefined;
  if (n !== undefined && Number.isNaN(n)) n = undefined;
  if (n === undefined && f.mode === "args") throw new Unfillable(key);
  if (n === undefined && /score|fit|match|similarity|relevance|confidence/i.test(key)) {
    // Lexical agreement between what was asked and what the tools returned (or the instructions).
    const other =
      f.ctx.toolResults.length > 0 ? JSON.stringify(f.ctx.toolResults.map((r) => r.output)) : f.ctx.instructions;
    const share = overlap(f.ctx.inputText, other);
    n = min !== undefined && max !== undefined ? min + share * (max - min) : share * (max ?? 100);
  }
  if (n === undefined && /count|total|number|num$/i.test(key)) {
    const list = f.ctx.toolResults.map((r) => r.output).find(Array.isArray);
    n = list ? list.length : f.ctx.toolResults.length;
  }
  if (n === undefined) {
    const inText = (f.ctx.inputText.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    n = inText.find((x) => (min === undefined || x >= min) && (max === undefined || x <= max)) ?? min ?? 0;
  }
  if (integer) n = Math.round(n);
  if (min !== undefined) n = Math.max(min, n);
  if (max !== undefined) n = Math.min(max, n);
  if (typeof schema.exclusiveMinimum === "number" && n <= schema.exclusiveMinimum) n = schema.exclusiveMinimum + 1;
  if (typeof schema.exclusiveMaximum === "number" && n >= schema.exclusiveMaximum) n = schema.exclusiveMaximum - 1;
  return n;
}

function fillBoolean(key: string, f: Fill): boolean {
  const found = lookup(key, f.facts);
  if (typeof found === "boolean") return found;
  if (f.mode === "args") throw new Unfillable(key);
  // e.g. `remote` is true when the input mentions "remote".
  const parts = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter((w) => w.length > 2 && w !== "is" && w !== "has");
  const text = f.ctx.inputText.toLowerCase();
  return parts.length > 0 && parts.every((w) => text.includes(w));
}
