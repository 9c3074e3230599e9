import { IngestError } from "../../errors.ts";
import type { Env, FetchContext, Page, SourceSpec } from "../../provider.ts";

export const USAJOBS_API = "https://data.usajobs.gov/api/search";

export function usajobsConfigError(env: Env): string | null {
  const missing = ["USAJOBS_API_KEY", "USAJOBS_USER_AGENT"].filter((k) => !env[k]);
  return missing.length ? `usajobs needs ${missing.join(" and ")} (free key from the USAJOBS developer site)` : null;
}

/** Pages with Page=N until NumberOfPages (or an empty page). */
export async function* usajobsPages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  const problem = usajobsConfigError(ctx.env);
  if (problem) throw new IngestError("not_configured", problem);
  const headers = {
    "authorization-key": ctx.env.USAJOBS_API_KEY ?? "",
    // USAJOBS identifies API users by the e-mail address sent as User-Agent.
    "user-agent": ctx.env.USAJOBS_USER_AGENT ?? "",
  };
  for (let page = 1; page <= ctx.maxPages; page++) {
    const params = new URLSearchParams({ ResultsPerPage: String(ctx.pageSize), Page: String(page) });
    if (source.query) params.set("Keyword", source.query);
    if (source.location) params.set("LocationName", source.location);
    const url = `${ctx.baseUrl}?${params}`;
    const res = await ctx.http.getJson(url, { headers });
    if (res.status === "not_modified") return;
    yield { kind: "payload", url, payload: res.data };
    const result = (
      res.data as { SearchResult?: { SearchResultItems?: unknown[]; UserArea?: { NumberOfPages?: unknown } } }
    )?.SearchResult;
    const pages = Number(result?.UserArea?.NumberOfPages ?? 1);
    if (!result?.SearchResultItems?.length || page >= pages) return;
  }
}
