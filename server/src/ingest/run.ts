import type { NormalizedPosting } from "@vanta/shared/normalize/normalized";
import type { PostingClassifier } from "@vanta/shared/normalize/raw";
import { describeError, IngestError } from "./errors.ts";
import { HttpClient, type HttpOptions } from "./http.ts";
import { processPayload, type Rejected } from "./pipeline.ts";
import type { Env, FetchContext, Page, SourceSpec } from "./provider.ts";
import { providers } from "./providers/index.ts";
import { type PostingSink, sourceKey } from "./sink.ts";

export interface SourceResult {
  provider: string;
  board: string | null;
  ok: boolean;
  error?: string;
  /** the error code (timeout, http_status, invalid_json, not_configured, …) */
  errorCode?: string;
  fetched: number;
  pages: number;
  /** the server answered 304: nothing changed since the last run */
  notModified: boolean;
}

export interface RunSummary {
  fetched: number;
  normalized: number;
  inserted: number;
  updated: number;
  duplicates: number;
  rejectedCount: number;
  /** capped at `maxRejectedListed` entries; `rejectedCount` has the total */
  rejected: Rejected[];
  sources: SourceResult[];
  durationMs: number;
}

export interface RunOptions {
  sources: SourceSpec[];
  sink: PostingSink;
  env?: Env;
  now?: Date;
  classify?: PostingClassifier;
  http?: HttpClient | Partial<HttpOptions>;
  maxPages?: number;
  pageSize?: number;
  maxRejectedListed?: number;
  /** progress lines for humans (stderr in the CLI) */
  log?: (line: string) => void;
}

/**
 * Fetches every source, normalizes its items and hands them to the sink, one source at a time.
 * A failing source is recorded with its error; it never fails the run. Postings already seen
 * earlier in the same run (same source id or canonical URL) count as duplicates.
 */
export async function runIngest(opts: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const http = opts.http instanceof HttpClient ? opts.http : new HttpClient(opts.http ?? {});
  const now = opts.now ?? new Date();
  const maxListed = opts.maxRejectedListed ?? 500;
  const summary: RunSummary = {
    fetched: 0,
    normalized: 0,
    inserted: 0,
    updated: 0,
    duplicates: 0,
    rejectedCount: 0,
    rejected: [],
    sources: [],
    durationMs: 0,
  };
  const seenKeys = new Set<string>();
  const seenUrls = new Set<string>();

  for (const source of opts.sources) {
    const result: SourceResult = {
      provider: source.provider,
      board: source.board ?? null,
      ok: true,
      fetched: 0,
      pages: 0,
      notModified: false,
    };
    summary.sources.push(result);
    const batch: NormalizedPosting[] = [];
    try {
      const provider = providers[source.provider];
      if (!provider) throw new IngestError("bad_source", `unknown provider "${source.provider}"`);
      const offline = source.payload !== undefined;
      const configError = offline ? null : provider.configError(opts.env ?? {});
      if (configError) throw new IngestError("not_configured", configError);
      if (provider.needsBoard && !source.board && !offline)
        throw new IngestError("bad_source", `${provider.name} needs a board`);
      const ctx: FetchContext = {
        http,
        baseUrl: source.baseUrl ?? provider.defaultBaseUrl,
        env: opts.env ?? {},
        maxPages: source.maxPages ?? opts.maxPages ?? 10,
        pageSize: opts.pageSize ?? 100,
      };
      const pages = offline ? savedPage(source.payload) : provider.pages(source, ctx);
      for await (const page of pages) {
        result.pages++;
        if (page.kind === "not_modified") {
          result.notModified = true;
          continue;
        }
        const out = processPayload(provider, page.payload, source, { now, classify: opts.classify });
        result.fetched += out.fetched;
        summary.fetched += out.fetched;
        summary.rejectedCount += out.rejected.length;
        for (const r of out.rejected) if (summary.rejected.length < maxListed) summary.rejected.push(r);
        for (const p of out.postings) {
          const key = sourceKey(p);
          if (seenKeys.has(key) || seenUrls.has(p.url)) {
            summary.duplicates++;
            continue;
          }
          seenKeys.add(key);
          seenUrls.add(p.url);
          batch.push(p);
        }
      }
    } catch (err) {
      result.ok = false;
      result.error = describeError(err);
      if (err instanceof IngestError) result.errorCode = err.code;
    }
    // Items from pages fetched before a failure are still written.
    if (batch.length) {
      try {
        const written = await opts.sink(batch);
        summary.normalized += batch.length;
        summary.inserted += written.inserted;
        summary.updated += written.updated;
        summary.duplicates += written.duplicates;
      } catch (err) {
        result.ok = false;
        result.error = `${result.error ? `${result.error}; ` : ""}sink: ${describeError(err)}`;
        result.errorCode ??= "sink";
      }
    }
    opts.log?.(
      `${source.provider}${source.board ? `/${source.board}` : ""}: ${result.ok ? "ok" : `failed (${result.error})`}, ${result.fetched} fetched, ${batch.length} normalized`,
    );
  }
  summary.durationMs = Date.now() - started;
  return summary;
}

async function* savedPage(payload: unknown): AsyncGenerator<Page> {
  yield { kind: "payload", url: "file", payload };
}
