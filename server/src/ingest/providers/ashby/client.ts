import { joinUrl } from "../../envelope.ts";
import { IngestError } from "../../errors.ts";
import type { FetchContext, Page, SourceSpec } from "../../provider.ts";

export const ASHBY_API = "https://api.ashbyhq.com/posting-api/job-board";

/** No paging: one request returns every listed job of the board. */
export async function* ashbyPages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  if (!source.board) throw new IngestError("bad_source", "ashby needs a job board name");
  const url = `${joinUrl(ctx.baseUrl, encodeURIComponent(source.board))}?includeCompensation=true`;
  const res = await ctx.http.getJson(url, { conditional: true });
  yield res.status === "ok" ? { kind: "payload", url, payload: res.data } : { kind: "not_modified", url };
}
