import type { EmbeddedQuestion } from "../adapter.ts";

// Walks an ATS's embedded JSON for question objects, whatever the nesting; `read` says how one object of
// that ATS describes a question (or returns null), keyed by the control name the page renders.

type Json = Record<string, unknown>;
export const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export function collectQuestions(
  data: unknown,
  read: (o: Json) => [string, EmbeddedQuestion][] | null,
  out = new Map<string, EmbeddedQuestion>(),
  depth = 0,
): Map<string, EmbeddedQuestion> {
  if (depth > 40 || data === null || typeof data !== "object") return out;
  if (Array.isArray(data)) {
    for (const v of data) collectQuestions(v, read, out, depth + 1);
    return out;
  }
  const hit = read(data as Json);
  if (hit) for (const [k, q] of hit) if (!out.has(k)) out.set(k, q);
  for (const v of Object.values(data as Json)) if (typeof v === "object") collectQuestions(v, read, out, depth + 1);
  return out;
}

export const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
