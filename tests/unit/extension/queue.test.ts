import type { Posting } from "@vanta/shared/posting";
import { describe, expect, test } from "vitest";
import {
  addDead,
  backoffMs,
  dueItems,
  enqueue,
  enqueueBounded,
  isQueued,
  isTransient,
  markFailed,
  type QueuedTrack,
  removeItem,
} from "../../../extension/lib/queue.ts";

const posting = (url: string): Posting => ({
  title: "Engineer",
  company: "Acme",
  locations: [],
  remote: "unknown",
  employmentType: null,
  salary: null,
  description: "",
  postedAt: null,
  closed: false,
  source: "jsonld",
  sourceId: null,
  url,
});

const item = (id: string, url: string, nextAttemptAt = 0): QueuedTrack => ({
  clientRequestId: id,
  posting: posting(url),
  stage: null,
  queuedAt: 0,
  attempts: 1,
  nextAttemptAt,
  lastError: null,
});

describe("offline track queue", () => {
  test("the same posting is queued once, whatever the number of clicks", () => {
    let q = enqueue([], item("a", "https://x.test/1"));
    q = enqueue(q, item("b", "https://x.test/1"));
    q = enqueue(q, item("c", "https://x.test/2"));
    expect(q.map((i) => i.clientRequestId)).toEqual(["a", "c"]);
    expect(isQueued(q, "https://x.test/1")).toBe(true);
    expect(isQueued(q, "https://x.test/3")).toBe(false);
  });

  test("backoff doubles per attempt and is capped at 5 minutes", () => {
    expect(backoffMs(1)).toBe(5_000);
    expect(backoffMs(2)).toBe(10_000);
    expect(backoffMs(3)).toBe(20_000);
    expect(backoffMs(30)).toBe(300_000);
  });

  test("only due items are retried, unless forced (the server just answered)", () => {
    const q = [item("a", "u1", 1_000), item("b", "u2", 9_000)];
    expect(dueItems(q, 5_000, false).map((i) => i.clientRequestId)).toEqual(["a"]);
    expect(dueItems(q, 5_000, true)).toHaveLength(2);
  });

  test("a failure keeps the item and its clientRequestId, pushing the next attempt out", () => {
    const q = markFailed([item("a", "u1")], "a", 100_000, "down");
    expect(q[0]).toMatchObject({ clientRequestId: "a", attempts: 2, nextAttemptAt: 110_000, lastError: "down" });
    expect(removeItem(q, "a")).toEqual([]);
  });

  test("the queue is bounded: beyond the limit the oldest is set aside as a dead letter, with its reason", () => {
    let q: QueuedTrack[] = [];
    for (let i = 0; i < 3; i++) q = enqueue(q, { ...item(`i${i}`, `https://x.test/${i}`), queuedAt: i });
    const { queue, dropped } = enqueueBounded(q, { ...item("new", "https://x.test/new"), queuedAt: 10 }, 99, 3);
    expect(queue.map((i) => i.clientRequestId)).toEqual(["i1", "i2", "new"]);
    expect(dropped).toEqual([
      expect.objectContaining({ clientRequestId: "i0", code: "QUEUE_FULL", failedAt: 99, queuedAt: 0 }),
    ]);
    expect(dropped[0]?.reason).toMatch(/More than 3 tracks/);
    // a duplicate never pushes anything out
    expect(enqueueBounded(queue, item("dup", "https://x.test/new"), 100, 3)).toEqual({ queue, dropped: [] });
  });

  test("dead letters: one per track, the newest kept beyond the limit", () => {
    const dead = (id: string) => ({
      clientRequestId: id,
      posting: posting(`https://x.test/${id}`),
      code: "BAD_REQUEST",
      reason: "bad",
      attempts: 1,
      queuedAt: 0,
      failedAt: 0,
    });
    const list = addDead([dead("a"), dead("b")], [dead("b"), dead("c"), dead("d")], 3);
    expect(list.map((d) => d.clientRequestId)).toEqual(["b", "c", "d"]);
  });

  test("5xx, network and rate-limit answers are retried; 4xx refusals are final (re-pairing is awaited)", () => {
    for (const code of [
      "UNREACHABLE",
      "INTERNAL_SERVER_ERROR",
      "SERVICE_UNAVAILABLE",
      "TOO_MANY_REQUESTS",
      "UNAUTHORIZED",
    ])
      expect(isTransient(code), code).toBe(true);
    for (const code of ["BAD_REQUEST", "FORBIDDEN", "NOT_FOUND", "PAYLOAD_TOO_LARGE", "CONFLICT"])
      expect(isTransient(code), code).toBe(false);
  });
});
