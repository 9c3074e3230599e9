import type { z } from "zod";
import { IngestError } from "./errors.ts";

/**
 * Validates a response envelope (the wrapper around the item array) and returns the raw items.
 * Items are validated one by one later, so one bad item never discards the page.
 */
export function itemsOf<T>(
  schema: z.ZodType<T>,
  payload: unknown,
  pick: (env: T) => unknown[],
  what: string,
): unknown[] {
  const res = schema.safeParse(payload);
  if (!res.success) {
    const issue = res.error.issues[0];
    throw new IngestError(
      "invalid_response",
      `unexpected ${what} response: ${issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid"}`,
    );
  }
  return pick(res.data);
}

/** Joins a base URL and a path without doubling or dropping slashes. */
export function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}
