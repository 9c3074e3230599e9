// Retry timing: exponential backoff with jitter, and the server's Retry-After when it sends one.

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
  /** never wait longer than this for a Retry-After, however long the server asks */
  retryAfterCapMs: number;
  random?: () => number;
}

/** Delay before retry number `attempt` (0-based): half fixed, half random, capped. */
export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const exp = Math.min(opts.maxMs, opts.baseMs * 2 ** attempt);
  const rnd = (opts.random ?? Math.random)();
  return Math.round(exp / 2 + (exp / 2) * rnd);
}

/** Retry-After as delta-seconds or an HTTP date → milliseconds (≥ 0), or null when absent/invalid. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}

export const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(t);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
