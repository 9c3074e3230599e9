import type { Posting } from "@vanta/shared/posting";
import { describe, expect, test } from "vitest";
import {
  backoffMs,
  dueItems,
  enqueue,
  isQueued,
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
});
