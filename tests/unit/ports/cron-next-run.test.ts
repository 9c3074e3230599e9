import { describe, expect, it } from "vitest";
import { CronError, parseCron } from "../../../server/src/ports/scheduler/cron.ts";
import { nextRun } from "../../../server/src/ports/scheduler/next-run.ts";

// [cron, zone, from (UTC), expected next run (UTC) or null, why]
const TABLE: [string, string, string, string | null, string][] = [
  ["0 9 * * *", "UTC", "2026-11-26T08:59:00Z", "2026-11-26T09:00:00Z", "later today"],
  ["0 9 * * *", "UTC", "2026-11-26T09:00:00Z", "2026-11-27T09:00:00Z", "strictly after from"],
  ["30 7 * * *", "America/New_York", "2026-11-26T00:00:00Z", "2026-11-26T12:30:00Z", "EST is UTC-5"],
  ["*/15 * * * *", "UTC", "2026-11-26T10:07:30Z", "2026-11-26T10:15:00Z", "step"],
  ["5-20/5 * * * *", "UTC", "2026-11-26T10:21:00Z", "2026-11-26T11:05:00Z", "stepped range wraps to next hour"],
  ["0 9 * * 1-5", "Europe/Berlin", "2026-11-27T09:00:00Z", "2026-11-30T08:00:00Z", "weekdays: Friday -> Monday"],
  ["0 8 * * *", "Asia/Kolkata", "2026-11-26T00:00:00Z", "2026-11-26T02:30:00Z", "half-hour offset"],
  ["0 9 * * *", "Australia/Sydney", "2026-11-26T00:00:00Z", "2026-11-26T22:00:00Z", "local date ahead of UTC"],
  // croner runs a fixed time skipped by spring-forward at the first valid time after the gap (03:00), not 03:30.
  ["30 2 * * *", "America/New_York", "2027-03-14T05:00:00Z", "2027-03-14T07:00:00Z", "skipped 02:30 runs at 03:00 EDT"],
  ["30 2 * * *", "America/New_York", "2027-03-14T07:30:00Z", "2027-03-15T06:30:00Z", "then 02:30 EDT next day"],
  ["30 1 * * *", "Europe/London", "2027-03-28T00:00:00Z", "2027-03-28T01:00:00Z", "skipped 01:30 GMT runs 02:00 BST"],
  ["30 1 * * *", "America/New_York", "2026-11-01T04:00:00Z", "2026-11-01T05:30:00Z", "first 01:30 (EDT)"],
  [
    "30 1 * * *",
    "America/New_York",
    "2026-11-01T05:30:00Z",
    "2026-11-02T06:30:00Z",
    "repeated 01:30 EST not run twice",
  ],
  [
    "30 * * * *",
    "America/New_York",
    "2026-11-01T05:30:00Z",
    "2026-11-01T06:30:00Z",
    "hourly runs in the repeated hour",
  ],
  ["0 0 29 2 *", "UTC", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z", "leap day"],
  ["0 12 13 * 5", "UTC", "2026-11-26T13:00:00Z", "2026-11-27T12:00:00Z", "dom OR dow: Friday"],
  ["0 12 13 * 5", "UTC", "2026-11-28T00:00:00Z", "2026-12-04T12:00:00Z", "dom OR dow: next Friday before the 13th"],
  ["0 12 13 * *", "UTC", "2026-11-28T00:00:00Z", "2026-12-13T12:00:00Z", "dom only"],
  ["0 6 * JAN MON", "UTC", "2026-11-26T00:00:00Z", "2027-01-04T06:00:00Z", "names"],
  ["0 10 * * 7", "UTC", "2026-11-26T00:00:00Z", "2026-11-29T10:00:00Z", "7 is Sunday"],
  ["0 0 31 2 *", "UTC", "2026-11-26T00:00:00Z", null, "never"],
];

describe("nextRun", () => {
  it.each(TABLE)("%s in %s after %s -> %s (%s)", (cron, zone, from, expected) => {
    const next = nextRun(cron, zone, new Date(from));
    expect(next?.toISOString().replace(".000", "") ?? null).toBe(expected);
  });

  it("walks a full DST day in New York without duplicates or gaps in real time", () => {
    const runs: string[] = [];
    let t = new Date("2026-11-01T03:50:00Z");
    for (let i = 0; i < 6; i++) {
      t = nextRun("0 * * * *", "America/New_York", t)!;
      runs.push(t.toISOString());
    }
    expect(runs).toEqual([
      "2026-11-01T04:00:00.000Z", // 00:00 EDT
      "2026-11-01T05:00:00.000Z", // 01:00 EDT
      "2026-11-01T06:00:00.000Z", // 01:00 EST (repeated hour)
      "2026-11-01T07:00:00.000Z", // 02:00 EST
      "2026-11-01T08:00:00.000Z",
      "2026-11-01T09:00:00.000Z",
    ]);
  });
});

describe("parseCron", () => {
  it.each([
    ["60 * * * *", /Invalid value for minute: 60/],
    ["* * *", /must have 5 fields/],
    ["5-1 * * * *", /larger than to value/],
    ["*/0 * * * *", /illegal stepping/],
    ["0 9 * FOO *", /illegal characters/],
    ["0 0 9 * * *", /must have 5 fields/],
  ])("rejects %s", (cron, message) => {
    expect(() => parseCron(cron)).toThrow(CronError);
    expect(() => parseCron(cron)).toThrow(message);
  });

  it("expands lists, ranges and steps", () => {
    const spec = parseCron("0,30 8-10 1,15 */3 MON-FRI");
    expect(spec.minutes).toEqual([0, 30]);
    expect(spec.hours).toEqual([8, 9, 10]);
    expect([...spec.months]).toEqual([1, 4, 7, 10]);
    expect([...spec.daysOfWeek]).toEqual([1, 2, 3, 4, 5]);
  });

  it("rejects an unknown time zone", () => {
    expect(() => nextRun("0 9 * * *", "Mars/Olympus_Mons", new Date())).toThrow(RangeError);
  });
});
