import type { FetchContext, Page, SourceSpec } from "../../provider.ts";

export const ARBEITNOW_API = "https://www.arbeitnow.com/api/job-board-api";

/**
 * Follows `links.next`. Only its query string is used, applied to our configured base URL,
 * so an overridden base (tests, a proxy) is never left for another host.
 */
export async function* arbeitnowPages(_source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  let url = ctx.baseUrl;
  const seen = new Set<string>();
  for (let page = 0; page < ctx.maxPages && !seen.has(url); page++) {
    seen.add(url);
    const res = await ctx.http.getJson(url, { conditional: page === 0 });
    if (res.status === "not_modified") {
      yield { kind: "not_modified", url };
      return;
    }
    yield { kind: "payload", url, payload: res.data };
    const next = nextLink(res.data);
    if (!next) return;
    url = `${ctx.baseUrl.split("?")[0]}${next.search}`;
  }
}

function nextLink(data: unknown): URL | null {
  const next = (data as { links?: { next?: unknown } } | null)?.links?.next;
  if (typeof next !== "string" || !next) return null;
  try {
    return new URL(next);
  } catch {
    return null;
  }
}
