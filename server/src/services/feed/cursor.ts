import type { FeedSort } from "@vanta/shared/api/feed";
import { InvalidInputError } from "../domain-errors.ts";

// Opaque keyset cursor: the sort it belongs to, the last row's sort key and posting id.

export interface FeedCursor {
  sort: FeedSort;
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY: Record<FeedSort, RegExp> = { score: /^-?\d{1,12}$/, salary: /^-?\d{1,15}$/, date: /^\d{4}-\d{2}-\d{2}$/ };

export function encodeCursor(c: FeedCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.key, c.id])).toString("base64url");
}

export function decodeCursor(raw: string, sort: FeedSort): FeedCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw new InvalidInputError("invalid cursor", "cursor");
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw new InvalidInputError("invalid cursor", "cursor");
  const [s, key, id] = parsed as unknown[];
  if (s !== sort) throw new InvalidInputError("cursor belongs to another sort order", "cursor");
  if (typeof key !== "string" || !KEY[sort].test(key) || typeof id !== "string" || !UUID.test(id))
    throw new InvalidInputError("invalid cursor", "cursor");
  return { sort, key, id };
}
