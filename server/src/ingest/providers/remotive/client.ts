import type { FetchContext, Page, SourceSpec } from "../../provider.ts";

export const REMOTIVE_API = "https://remotive.com/api/remote-jobs";

/** One request; `board` is read as a category slug and `query` as a search term. */
export async function* remotivePages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  const params = new URLSearchParams();
  if (source.board) params.set("category", source.board);
  if (source.query) params.set("search", source.query);
  const qs = params.toString();
  const url = qs ? `${ctx.baseUrl}?${qs}` : ctx.baseUrl;
  const res = await ctx.http.getJson(url, { conditional: true });
  yield res.status === "ok" ? { kind: "payload", url, payload: res.data } : { kind: "not_modified", url };
}
