import type { FetchContext, Page, SourceSpec } from "../../provider.ts";

export const REMOTEOK_API = "https://remoteok.com/api";

/** One request; `board` is read as a tag filter (`?tag=dev`). */
export async function* remoteOkPages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  const url = source.board ? `${ctx.baseUrl}?tag=${encodeURIComponent(source.board)}` : ctx.baseUrl;
  const res = await ctx.http.getJson(url, { conditional: true });
  yield res.status === "ok" ? { kind: "payload", url, payload: res.data } : { kind: "not_modified", url };
}
