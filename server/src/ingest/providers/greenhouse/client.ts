import { joinUrl } from "../../envelope.ts";
import { IngestError } from "../../errors.ts";
import type { FetchContext, Page, SourceSpec } from "../../provider.ts";

export const GREENHOUSE_API = "https://boards-api.greenhouse.io/v1/boards";

/** One request returns the whole board (no paging). */
export async function* greenhousePages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  if (!source.board) throw new IngestError("bad_source", "greenhouse needs a board token");
  const url = `${joinUrl(ctx.baseUrl, `${encodeURIComponent(source.board)}/jobs`)}?content=true`;
  const res = await ctx.http.getJson(url, { conditional: true });
  yield res.status === "ok" ? { kind: "payload", url, payload: res.data } : { kind: "not_modified", url };
}
