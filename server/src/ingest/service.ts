import type { Executor } from "@vanta/db";
import { titleClassifier } from "@vanta/shared/normalize/classify";
import { dbSink } from "./db-sink.ts";
import { defaultSourcesFor } from "./default-sources.ts";
import type { HttpClient, HttpOptions } from "./http.ts";
import type { Env, SourceSpec } from "./provider.ts";
import { type RunSummary, runIngest } from "./run.ts";

/**
 * Ingestion into the database with the standard enrichment: the entry point for the daily
 * Job Scout run and the CLI. Without `sources`, the default boards (plus keyed feeds when
 * their credentials are in `env`).
 */
export function ingestIntoDb(
  db: Executor,
  opts: {
    env: Env;
    sources?: SourceSpec[];
    http?: HttpClient | Partial<HttpOptions>;
    now?: Date;
    log?: (line: string) => void;
  },
): Promise<RunSummary> {
  return runIngest({
    sources: opts.sources ?? defaultSourcesFor(opts.env),
    sink: dbSink(db),
    env: opts.env,
    classify: titleClassifier,
    http: opts.http,
    now: opts.now,
    log: opts.log,
  });
}
