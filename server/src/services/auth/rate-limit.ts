/**
 * Fixed-window attempt counter kept in memory. One process serves the embedded setup; on a
 * serverless deployment each instance counts on its own, which still bounds guessing per instance.
 */
export interface RateLimiter {
  /** Records one attempt for `key`; false when the key already used its budget in this window. */
  take(key: string): boolean;
  /** Attempts left for `key` in the current window. */
  remaining(key: string): number;
}

export function createRateLimiter(opts: { limit: number; windowMs: number; now?: () => number }): RateLimiter {
  const now = opts.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string) => {
    const t = now();
    const w = windows.get(key);
    if (w && t - w.start < opts.windowMs) return w;
    // Drop stale windows now and then so the map cannot grow without bound.
    if (windows.size > 10_000) for (const [k, v] of windows) if (t - v.start >= opts.windowMs) windows.delete(k);
    const fresh = { start: t, count: 0 };
    windows.set(key, fresh);
    return fresh;
  };
  return {
    take(key) {
      const w = current(key);
      if (w.count >= opts.limit) return false;
      w.count += 1;
      return true;
    },
    remaining(key) {
      return Math.max(0, opts.limit - current(key).count);
    },
  };
}
