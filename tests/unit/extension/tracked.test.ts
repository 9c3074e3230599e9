import { describe, expect, test } from "vitest";
import { relativeTime } from "../../../extension/lib/relative-time.ts";
import { toTrackedInfo, trackedLabel } from "../../../extension/lib/tracked.ts";

const now = new Date("2026-11-26T12:00:00Z");

describe("tracked label", () => {
  test("relative times", () => {
    expect(relativeTime("2026-11-23T12:00:00Z", now)).toBe("3 days ago");
    expect(relativeTime("2026-11-26T11:59:40Z", now)).toBe("just now");
    expect(relativeTime("2026-11-26T10:00:00Z", now)).toBe("2 hours ago");
    expect(relativeTime("not a date", now)).toBe("");
    expect(relativeTime(null, now)).toBe("");
  });

  test("reads statusForUrl, track and capture answers alike", () => {
    const status = { applicationId: "id1", stage: "applied", outcome: null, stageChangedAt: "2026-11-23T12:00:00Z" };
    expect(toTrackedInfo(status)).toEqual({ id: "id1", stage: "applied", outcome: null, when: "2026-11-23T12:00:00Z" });
    expect(
      toTrackedInfo({ application: { id: "id2", stage: "prospect", createdAt: "2026-11-26T11:00:00Z" } })?.id,
    ).toBe("id2");
    expect(toTrackedInfo(null)).toBeNull();
    expect(toTrackedInfo({ stage: "applied" })).toBeNull();
  });

  test('"Tracked · Applied · 3 days ago"', () => {
    const info = toTrackedInfo({ id: "x", stage: "applied", stageChangedAt: "2026-11-23T12:00:00Z" })!;
    expect(trackedLabel(info, now)).toBe("Tracked · Applied · 3 days ago");
    const lost = toTrackedInfo({ id: "x", stage: "outcome", outcome: "lost", stageChangedAt: "2026-11-26T11:00:00Z" })!;
    expect(trackedLabel(lost, now)).toBe("Tracked · Outcome: lost · 1 hour ago");
  });
});
