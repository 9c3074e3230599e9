import { backoffDelay, parseRetryAfter, RETRYABLE_STATUS, sleep } from "./backoff.ts";
import { IngestError } from "./errors.ts";
import { HostRateLimiter } from "./rate-limit.ts";

// The one HTTP client every provider uses: timeout, retries with backoff on 429/5xx/network
// errors (honoring Retry-After), a per-host rate limit, conditional requests, and JSON
// decoding that tolerates a UTF-8 BOM and turns malformed bodies into a typed error.

export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Where ETag/Last-Modified of previous responses live between runs. */
export interface ValidatorStore {
  get(url: string): Validators | undefined;
  set(url: string, v: Validators): void;
}

export class MemoryValidatorStore implements ValidatorStore {
  private readonly map = new Map<string, Validators>();
  get(url: string) {
    return this.map.get(url);
  }
  set(url: string, v: Validators) {
    this.map.set(url, v);
  }
}

export interface HttpOptions {
  timeoutMs: number;
  /** retries after the first attempt */
  retries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  retryAfterCapMs: number;
  /** per host */
  minIntervalMs: number;
  userAgent: string;
  /** response bodies larger than this are refused */
  maxBytes: number;
  fetch: typeof fetch;
  random: () => number;
  validators?: ValidatorStore;
}

export const defaultHttpOptions: HttpOptions = {
  timeoutMs: 20_000,
  retries: 3,
  backoffBaseMs: 500,
  backoffMaxMs: 10_000,
  retryAfterCapMs: 60_000,
  minIntervalMs: 500,
  userAgent: "Vanta/0.1 (+open-source job search copilot)",
  maxBytes: 64 * 1024 * 1024,
  fetch: (...args) => fetch(...args),
  random: Math.random,
};

export type JsonResult =
  | { status: "ok"; url: string; data: unknown; validators: Validators; attempts: number }
  | { status: "not_modified"; url: string; attempts: number };

export interface GetJsonOptions {
  headers?: Record<string, string>;
  /** send If-None-Match / If-Modified-Since from the validator store */
  conditional?: boolean;
  signal?: AbortSignal;
}

export class HttpClient {
  readonly options: HttpOptions;
  private readonly limiter: HostRateLimiter;

  constructor(options: Partial<HttpOptions> = {}) {
    this.options = { ...defaultHttpOptions, ...options };
    this.limiter = new HostRateLimiter(this.options.minIntervalMs);
  }

  async getJson(url: string, opts: GetJsonOptions = {}): Promise<JsonResult> {
    const o = this.options;
    const host = new URL(url).host;
    const headers: Record<string, string> = {
      accept: "application/json",
      "user-agent": o.userAgent,
      ...opts.headers,
    };
    const cached = opts.conditional ? o.validators?.get(url) : undefined;
    if (cached?.etag) headers["if-none-match"] = cached.etag;
    if (cached?.lastModified) headers["if-modified-since"] = cached.lastModified;

    let lastError: IngestError | null = null;
    for (let attempt = 0; attempt <= o.retries; attempt++) {
      await this.limiter.acquire(host);
      let res: Response;
      const timeout = AbortSignal.timeout(o.timeoutMs);
      const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
      try {
        res = await o.fetch(url, { headers, signal, redirect: "follow" });
        if (res.status === 304) return { status: "not_modified", url, attempts: attempt + 1 };
        if (res.ok) {
          const text = await readBody(res, o.maxBytes, url);
          const data = parseJson(text, url);
          const validators: Validators = {};
          const etag = res.headers.get("etag");
          const lastModified = res.headers.get("last-modified");
          if (etag) validators.etag = etag;
          if (lastModified) validators.lastModified = lastModified;
          if (etag || lastModified) o.validators?.set(url, validators);
          return { status: "ok", url, data, validators, attempts: attempt + 1 };
        }
      } catch (err) {
        if (opts.signal?.aborted) throw err;
        if (err instanceof IngestError && err.code !== "timeout") throw err;
        const timedOut = timeout.aborted || (err instanceof Error && err.name === "TimeoutError");
        lastError = timedOut
          ? new IngestError("timeout", `no response within ${o.timeoutMs} ms: ${url}`, { url })
          : new IngestError("network", `${errorMessage(err)}: ${url}`, { url });
        if (attempt < o.retries) await sleep(backoffDelay(attempt, this.backoff()));
        continue;
      }
      // A non-2xx response.
      await res.body?.cancel().catch(() => {});
      lastError = new IngestError("http_status", `HTTP ${res.status} from ${url}`, { url, status: res.status });
      if (!RETRYABLE_STATUS.has(res.status) || attempt === o.retries) break;
      const retryAfter = parseRetryAfter(res.headers.get("retry-after"));
      const delay =
        retryAfter === null ? backoffDelay(attempt, this.backoff()) : Math.min(retryAfter, o.retryAfterCapMs);
      await sleep(delay, opts.signal);
    }
    const err = lastError ?? new IngestError("network", `request failed: ${url}`, { url });
    err.details.attempts = o.retries + 1;
    throw err;
  }

  private backoff() {
    const o = this.options;
    return { baseMs: o.backoffBaseMs, maxMs: o.backoffMaxMs, retryAfterCapMs: o.retryAfterCapMs, random: o.random };
  }
}

async function readBody(res: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new IngestError("invalid_response", `body of ${declared} bytes exceeds ${maxBytes}: ${url}`, { url });
  const buf = new Uint8Array(await res.arrayBuffer());
  if (buf.byteLength > maxBytes)
    throw new IngestError("invalid_response", `body of ${buf.byteLength} bytes exceeds ${maxBytes}: ${url}`, { url });
  return decodeUtf8(buf);
}

/** UTF-8 decode with the byte-order mark removed (some feeds prepend one, which JSON.parse rejects). */
export function decodeUtf8(buf: Uint8Array): string {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(buf).replace(/^\ufeff/, "");
}

export function parseJson(text: string, url = "payload"): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (err) {
    const snippet = text.slice(0, 80).replace(/\s+/g, " ");
    throw new IngestError(
      "invalid_json",
      `malformed JSON from ${url} (${errorMessage(err)}); starts with ${JSON.stringify(snippet)}`,
      {
        url,
      },
    );
  }
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${err.message} (${cause.message})` : err.message;
  }
  return String(err);
}
