import { type NormalizeContext, normalizePosting } from "@vanta/shared/normalize/from-raw";
import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import type { Provider, SourceSpec } from "./provider.ts";

export interface Rejected {
  provider: string;
  board: string | null;
  /** the item's id in the feed, when it has a readable one */
  itemId: string | null;
  reason: string;
}

export interface PageResult {
  fetched: number;
  postings: NormalizedPosting[];
  rejected: Rejected[];
}

function itemIdOf(item: unknown): string | null {
  if (typeof item !== "object" || item === null) return null;
  const o = item as Record<string, unknown>;
  const id = o.id ?? o.slug ?? o.MatchedObjectId;
  return typeof id === "string" || typeof id === "number" ? String(id) : null;
}

/**
 * The item with U+0000 removed from every string: JSON allows "\u0000", PostgreSQL text and jsonb
 * do not, and one such item used to fail the whole batch insert (losing its valid neighbours).
 */
function withoutNul(value: unknown): unknown {
  if (typeof value === "string") return value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  if (Array.isArray(value)) return value.map(withoutNul);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[withoutNul(k) as string] = withoutNul(v);
    return out;
  }
  return value;
}

/**
 * Validates, maps and normalizes every item of one response independently: valid items are
 * kept, each invalid one is reported with its reason. Envelope errors are thrown by `items`.
 */
export function processPayload(
  provider: Provider,
  payload: unknown,
  source: SourceSpec,
  ctx: NormalizeContext,
): PageResult {
  const items = provider.items(payload);
  const out: PageResult = { fetched: items.length, postings: [], rejected: [] };
  const reject = (item: unknown, reason: string) =>
    out.rejected.push({ provider: provider.name, board: source.board ?? null, itemId: itemIdOf(item), reason });
  for (const item of items) {
    const parsed = provider.item.safeParse(withoutNul(item));
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".") || "item"}: ${i.message}`);
      reject(item, `invalid item: ${issues.join("; ")}`);
      continue;
    }
    let result: ReturnType<typeof normalizePosting>;
    try {
      result = normalizePosting(provider.map(parsed.data, source), ctx);
    } catch (err) {
      reject(item, `could not map item: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    if (result.ok) out.postings.push(result.posting);
    else reject(item, `invalid posting: ${result.reasons.slice(0, 3).join("; ")}`);
  }
  return out;
}
