// One error type for everything that can go wrong fetching a source, so a run can record it
// per source (never failing the whole run) and the CLI can print a clear reason.

export type IngestErrorCode =
  | "http_status"
  | "timeout"
  | "network"
  | "invalid_json"
  | "invalid_response"
  | "not_configured"
  | "bad_source";

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    readonly details: { url?: string; status?: number; attempts?: number } = {},
  ) {
    super(message);
    this.name = "IngestError";
  }
}

/** "http_status 503 after 4 attempts: https://…" style one-liner for summaries. */
export function describeError(err: unknown): string {
  if (err instanceof IngestError) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}
