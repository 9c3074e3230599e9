// Politeness: at most one request per host every `minIntervalMs`, however many sources of
// the same host a run fetches (many Greenhouse boards share boards-api.greenhouse.io).

export class HostRateLimiter {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly minIntervalMs: number,
    private readonly now: () => number = Date.now,
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Resolves when a request to `host` may start; reserves the slot synchronously so callers queue in order. */
  async acquire(host: string): Promise<void> {
    if (this.minIntervalMs <= 0) return;
    const now = this.now();
    const slot = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, slot + this.minIntervalMs);
    if (slot > now) await this.wait(slot - now);
  }
}
