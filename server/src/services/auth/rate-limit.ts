/**
 * Fixed-window attempt counter kept in memory. One process serves the embedded setup; on a
 * serverless deployment each instance counts on its own, which still bounds guessing per instance.
 */
export interface RateLimiter {
  /** Records one attempt for `key`; false when the key already used its budget in this window. */
  take(key: string): boolean;
  /** Attempts left for `key` in the current window. */
  remaining(key: string): number;
  /** Gives one attempt back (a sign-in that succeeded: only failures should count). */
  refund(key: string): void;
}

/**
 * The key of a failed-attempt budget: one per client address and flow. An unknown address (an
 * in-process call, or a platform entry that passes none) shares one bucket per flow.
 */
export const attemptKey = (flow: "pair" | "magic", ip: string | null) => `${flow}:${ip ?? "unknown"}`;

/**
 * Counts the attempt first, then says whether it may proceed. Checking first and counting after the
 * (slow, async) verification let concurrent attempts all pass the check before any was counted.
 */
export function admit(limiter: RateLimiter, key: string): boolean {
  return limiter.take(key);
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
    refund(key) {
      const w = current(key);
      if (w.count > 0) w.count -= 1;
    },
  };
}
