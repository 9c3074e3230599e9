import { JsonResume } from "./schema.ts";

// The parser's output must pass the JSON Resume schema it promises. A value the schema refuses (a
// "school" of 400 characters is a mis-read paragraph, a list past its bound) is taken out and its text
// kept in meta.unplaced, so nothing is silently dropped.

type Json = Record<string, unknown> | unknown[];

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(" · ");
  if (value && typeof value === "object") return Object.values(value).map(textOf).filter(Boolean).join(" · ");
  return "";
}

export function fitToSchema(resume: JsonResume, unplaced: string[]): JsonResume {
  let current: JsonResume = resume;
  for (let round = 0; round < 20; round++) {
    const parsed = JsonResume.safeParse(current);
    if (parsed.success) return parsed.data;
    const copy = structuredClone(current) as Record<string, unknown>;
    for (const issue of parsed.error.issues) {
      const path = issue.path as Array<string | number>;
      if (!path.length) continue;
      let parent: Json = copy;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key] as Json;
      if (!parent) continue;
      const last = path[path.length - 1]!;
      const value = (parent as Record<string | number, unknown>)[last];
      if (Array.isArray(value) && issue.code === "too_big") {
        // a list past its bound: keep the first items, the rest go to unplaced
        const max = Number((issue as { maximum?: number | bigint }).maximum ?? 0);
        unplaced.push(...value.slice(max).map(textOf).filter(Boolean));
        value.length = max;
        continue;
      }
      const text = textOf(value);
      if (text) unplaced.push(text);
      if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1, undefined);
      else delete (parent as Record<string, unknown>)[last as string];
    }
    // holes left by removed list items
    current = JSON.parse(
      JSON.stringify(copy, (_k, v) => (Array.isArray(v) ? v.filter((x) => x !== undefined && x !== null) : v)),
    );
  }
  return JsonResume.parse({ meta: { unplaced: unplaced.slice(0, 2_000) } });
}
