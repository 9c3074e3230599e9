import { joinUrl } from "../../envelope.ts";
import { IngestError } from "../../errors.ts";
import type { Env, FetchContext, Page, SourceSpec } from "../../provider.ts";

export const ADZUNA_API = "https://api.adzuna.com/v1/api/jobs";

export function adzunaConfigError(env: Env): string | null {
  const missing = ["ADZUNA_APP_ID", "ADZUNA_APP_KEY"].filter((k) => !env[k]);
  return missing.length ? `adzuna needs ${missing.join(" and ")} (free key from Adzuna's developer site)` : null;
}

/** Pages /{country}/search/{n} until a short page or maxPages. */
export async function* adzunaPages(source: SourceSpec, ctx: FetchContext): AsyncGenerator<Page> {
  const problem = adzunaConfigError(ctx.env);
  if (problem) throw new IngestError("not_configured", problem);
  const country = (source.country ?? "gb").toLowerCase();
  if (!/^[a-z]{2}$/.test(country))
    throw new IngestError("bad_source", `adzuna country must be two letters, got "${country}"`);
  for (let page = 1; page <= ctx.maxPages; page++) {
    const params = new URLSearchParams({
      app_id: ctx.env.ADZUNA_APP_ID ?? "",
      app_key: ctx.env.ADZUNA_APP_KEY ?? "",
      results_per_page: String(ctx.pageSize),
      "content-type": "application/json",
    });
    if (source.query) params.set("what", source.query);
    if (source.location) params.set("where", source.location);
    const url = `${joinUrl(ctx.baseUrl, `${country}/search/${page}`)}?${params}`;
    const res = await ctx.http.getJson(url);
    if (res.status === "not_modified") return;
    yield { kind: "payload", url: url.replace(/app_key=[^&]+/, "app_key=***"), payload: res.data };
    const results = (res.data as { results?: unknown[] })?.results;
    if (!Array.isArray(results) || results.length < ctx.pageSize) return;
  }
}
