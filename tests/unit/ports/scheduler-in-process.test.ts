import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createInProcessScheduler,
  IN_PROCESS_SIGNATURE_HEADER,
} from "../../../server/src/ports/scheduler/in-process.ts";

type Call = { path: string; body: string; headers: Record<string, string>; at: string };

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-11-26T06:59:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const calls: Call[] = [];
  const scheduler = createInProcessScheduler({
    deliver: async (path, body, headers) => {
      calls.push({ path, body, headers, at: new Date().toISOString() });
    },
  });
  return { calls, scheduler };
}

describe("in-process scheduler", () => {
  it("fires a cron schedule at its local time, every day, until deleted", async () => {
    const { calls, scheduler } = setup();
    await scheduler.upsertSchedule({
      id: "digest-u1",
      cron: "0 8 * * *",
      timezone: "Europe/Berlin", // 08:00 CET = 07:00 UTC
      destinationPath: "/jobs/digest",
      body: { userId: "u1" },
    });
    expect(scheduler.nextRuns()).toEqual({ "digest-u1": "2026-11-26T07:00:00.000Z" });
    await vi.advanceTimersByTimeAsync(59_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls.map((c) => [c.path, c.body, c.at])).toEqual([
      ["/jobs/digest", '{"userId":"u1"}', "2026-11-26T07:00:00.000Z"],
    ]);
    await vi.advanceTimersByTimeAsync(24 * 3600_000);
    expect(calls.map((c) => c.at)).toEqual(["2026-11-26T07:00:00.000Z", "2026-11-27T07:00:00.000Z"]);
    await scheduler.deleteSchedule("digest-u1");
    await vi.advanceTimersByTimeAsync(3 * 24 * 3600_000);
    expect(calls).toHaveLength(2);
    scheduler.stop();
  });

  it("upsert replaces the previous timing; waits longer than setTimeout's limit still land on time", async () => {
    const { calls, scheduler } = setup();
    await scheduler.upsertSchedule({ id: "a", cron: "* * * * *", timezone: "UTC", destinationPath: "/j", body: 1 });
    await scheduler.upsertSchedule({ id: "a", cron: "0 0 1 3 *", timezone: "UTC", destinationPath: "/j", body: 2 });
    await vi.advanceTimersByTimeAsync(95 * 24 * 3600_000); // past 1 March 2027, ~95 days away
    expect(calls.map((c) => [c.body, c.at])).toEqual([["2", "2027-03-01T00:00:00.000Z"]]);
    scheduler.stop();
  });

  it("publish delivers once after the delay; verifyRequest accepts only its own signatures", async () => {
    const { calls, scheduler } = setup();
    await scheduler.publish({ destinationPath: "/jobs/run", body: { x: 1 }, delaySeconds: 30 });
    await vi.advanceTimersByTimeAsync(29_000);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    const req = (path: string, headers: Record<string, string>) =>
      new Request(`http://localhost${path}`, { method: "POST", headers });
    expect(await scheduler.verifyRequest(req("/jobs/run", call.headers), call.body)).toBe(true);
    expect(await scheduler.verifyRequest(req("/jobs/run", call.headers), '{"x":2}')).toBe(false);
    expect(await scheduler.verifyRequest(req("/jobs/other", call.headers), call.body)).toBe(false);
    expect(await scheduler.verifyRequest(req("/jobs/run", {}), call.body)).toBe(false);
    const other = setup().scheduler; // a different process secret
    expect(await other.verifyRequest(req("/jobs/run", call.headers), call.body)).toBe(false);
    expect(call.headers[IN_PROCESS_SIGNATURE_HEADER]).toMatch(/^[0-9a-f]{64}$/);
    scheduler.stop();
  });

  it("a failing handler is logged, retried, and does not stop the schedule", async () => {
    const errors: object[] = [];
    let n = 0;
    const scheduler = createInProcessScheduler({
      deliver: async () => {
        n++;
        if (n === 1) throw new Error("db down");
      },
      logger: { info: () => {}, error: (o) => errors.push(o) },
    });
    await scheduler.upsertSchedule({ id: "h", cron: "0 * * * *", timezone: "UTC", destinationPath: "/j", body: {} });
    await vi.advanceTimersByTimeAsync(2 * 3600_000);
    // 07:00 fails, its retry 5 s later lands, 08:00 fires as planned
    expect(n).toBe(3);
    expect(errors).toEqual([expect.objectContaining({ error: "db down", path: "/j" })]);
    await scheduler.stop();
  });

  it("retries 5xx and unanswered deliveries with backoff, then reports a dead letter; 4xx is a dead letter at once", async () => {
    const calls: { path: string; body: string; at: number }[] = [];
    const answers: Record<string, number | "throw"> = { "/jobs/flaky": 503, "/jobs/bad": 400 };
    const scheduler = createInProcessScheduler({
      retryDelaysMs: [1_000, 2_000],
      deliver: async (path, body) => {
        calls.push({ path, body, at: Date.now() });
        const a = answers[path] ?? 200;
        if (a === "throw") throw new Error("socket hang up");
        return new Response("{}", { status: a });
      },
    });
    const t0 = Date.now();
    await scheduler.publish({ destinationPath: "/jobs/flaky", body: { userId: "u1" } });
    await scheduler.publish({ destinationPath: "/jobs/bad", body: { userId: "u2" } });
    await vi.advanceTimersByTimeAsync(10_000);
    const flaky = calls.filter((c) => c.path === "/jobs/flaky").map((c) => c.at - t0);
    expect(flaky).toEqual([0, 1_000, 3_000]);
    expect(calls.filter((c) => c.path === "/jobs/bad")).toHaveLength(1);
    const letters = calls.filter((c) => c.path === "/jobs/dead-letter").map((c) => JSON.parse(c.body));
    expect(letters).toHaveLength(2);
    const byUrl = Object.fromEntries(letters.map((l) => [l.url, l]));
    expect(byUrl["/jobs/bad"]).toMatchObject({ status: 400, retried: 0 });
    expect(byUrl["/jobs/flaky"]).toMatchObject({ status: 503, retried: 2, maxRetries: 2 });
    expect(JSON.parse(Buffer.from(byUrl["/jobs/flaky"].sourceBody, "base64").toString())).toEqual({ userId: "u1" });
    await scheduler.stop();
  });

  it("stop() waits for deliveries in flight (so the database closes after them)", async () => {
    let finish: () => void = () => {};
    let done = false;
    const scheduler = createInProcessScheduler({
      deliver: () =>
        new Promise((resolve) => {
          finish = () => {
            done = true;
            resolve(new Response("{}"));
          };
        }),
    });
    await scheduler.publish({ destinationPath: "/jobs/slow", body: {} });
    await vi.advanceTimersByTimeAsync(0);
    let stopped = false;
    const stopping = Promise.resolve(scheduler.stop()).then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(done).toBe(true);
  });
});
