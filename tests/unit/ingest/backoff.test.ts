import { backoffDelay, parseRetryAfter } from "@vanta/server/ingest/backoff";
import { HostRateLimiter } from "@vanta/server/ingest/rate-limit";
import { describe, expect, it } from "vitest";

describe("backoffDelay", () => {
  const opts = { baseMs: 100, maxMs: 1_000, retryAfterCapMs: 5_000 };
  it("doubles per attempt between half and the full step, capped", () => {
    expect(backoffDelay(0, { ...opts, random: () => 0 })).toBe(50);
    expect(backoffDelay(0, { ...opts, random: () => 1 })).toBe(100);
    expect(backoffDelay(2, { ...opts, random: () => 0.5 })).toBe(300);
    expect(backoffDelay(10, { ...opts, random: () => 1 })).toBe(1_000);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-03-20T12:00:00Z");
  it.each([
    ["120", 120_000],
    ["0", 0],
    ["1.5", 1_500],
    ["Fri, 20 Mar 2026 12:00:30 GMT", 30_000],
    ["Fri, 20 Mar 2026 11:00:00 GMT", 0],
    ["soon", null],
    [null, null],
  ] as const)("%s → %s", (value, want) => expect(parseRetryAfter(value, now)).toBe(want));
});

describe("HostRateLimiter", () => {
  it("gives each host its own schedule, spaced by the interval", async () => {
    let clock = 1_000;
    const waits: number[] = [];
    const limiter = new HostRateLimiter(
      250,
      () => clock,
      async (ms) => {
        waits.push(ms);
      },
    );
    await limiter.acquire("a.example");
    await limiter.acquire("a.example");
    await limiter.acquire("a.example");
    await limiter.acquire("b.example");
    expect(waits).toEqual([250, 500]);
    clock += 1_000;
    await limiter.acquire("a.example");
    expect(waits).toEqual([250, 500]);
  });
});
