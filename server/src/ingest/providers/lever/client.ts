import { joinUrl } from "../../envelope.ts";
import { IngestError } from "../../errors.ts";
import type { FetchContext, Page, SourceSpec } from "../../provider.ts";

export const LEVER_API = "https://api.lever.co/v0/postings";

/** Pages with skip/limit until a page comes back shorter than the limit. */
export async function* leverPages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  if (!source.board) throw new IngestError("bad_source", "lever needs a company site name");
  const limit = ctx.pageSize;
  for (let page = 0; page < ctx.maxPages; page++) {
    const url = `${joinUrl(ctx.baseUrl, encodeURIComponent(source.board))}?mode=json&skip=${page * limit}&limit=${limit}`;
    const res = await ctx.http.getJson(url, { conditional: true });
    if (res.status === "not_modified") {
      yield { kind: "not_modified", url };
      return;
    }
    yield { kind: "payload", url, payload: res.data };
    if (!Array.isArray(res.data) || res.data.length < limit) return;
  }
}
