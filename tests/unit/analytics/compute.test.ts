import { type AnalyticsApplication, computeAnalytics } from "@vanta/shared/analytics/compute";
import { describe, expect, it } from "vitest";

const d = (day: string) => new Date(`2026-11-${day}T10:00:00Z`);
type Stage = AnalyticsApplication["stage"];

function app(
  id: string,
  over: Partial<AnalyticsApplication>,
  path: [Stage, string][],
  outcome: AnalyticsApplication["outcome"] = null,
): AnalyticsApplication {
  const [[first, createdDay], ...rest] = path as [[Stage, string], ...[Stage, string][]];
  const moves: AnalyticsApplication["moves"] = [{ from: null, to: first, at: d(createdDay) }];
  let prev: Stage = first;
  for (const [to, day] of rest) {
    moves.push({ from: prev, to, at: d(day) });
    prev = to;
  }
  return {
    id,
    stage: prev,
    outcome,
    createdAt: d(createdDay),
    source: null,
    score: null,
    resumeKind: null,
    moves,
    ...over,
  };
}

// A seeded history with every number below computed by hand.
const apps = [
  app(
    "A",
    { source: "greenhouse", score: 80, resumeKind: "tailored" },
    [
      ["prospect", "01"],
      ["applied", "02"],
      ["screen", "05"],
      ["interview", "10"],
      ["offer", "20"],
      ["outcome", "25"],
    ],
    "won",
  ),
  app(
    "B",
    { source: "lever", score: 55, resumeKind: "base" },
    [
      ["prospect", "01"],
      ["applied", "03"],
      ["outcome", "13"],
    ],
    "lost",
  ),
  app("C", { source: "greenhouse", score: 30, resumeKind: "base" }, [
    ["prospect", "02"],
    ["applied", "04"],
  ]),
  app("D", { source: "linkedin" }, [["prospect", "05"]]),
  app(
    "E",
    { source: "lever", score: 75, resumeKind: "tailored" },
    [
      ["prospect", "06"],
      ["applied", "06"],
      ["screen", "09"],
      ["outcome", "12"],
    ],
    "withdrawn",
  ),
];

describe("computeAnalytics", () => {
  const a = computeAnalytics(
    apps,
    [d("01"), d("02"), d("08"), d("09")].map((at) => ({ at })),
  );

  it("funnel: how many reached each stage and the conversion from the one before", () => {
    expect(a.funnel).toEqual([
      { stage: "tracked", count: 5, conversion: null },
      { stage: "applied", count: 4, conversion: 0.8 },
      { stage: "screen", count: 2, conversion: 0.5 },
      { stage: "interview", count: 1, conversion: 0.5 },
      { stage: "offer", count: 1, conversion: 1 },
      { stage: "won", count: 1, conversion: 1 },
    ]);
  });

  it("response rate and time to first response (a rejection is a response, a withdrawal is not)", () => {
    expect(a.responseRate).toBe(0.75);
    expect(a.medianDaysToResponse).toBe(3);
    expect(a.bySource).toEqual([
      { key: "greenhouse", applied: 2, responded: 1, responseRate: 0.5, medianDaysToResponse: 3 },
      { key: "lever", applied: 2, responded: 2, responseRate: 1, medianDaysToResponse: 6.5 },
    ]);
    expect(a.byScoreBand).toEqual([
      { key: "70-100", applied: 2, responded: 2, responseRate: 1, medianDaysToResponse: 3 },
      { key: "0-39", applied: 1, responded: 0, responseRate: 0, medianDaysToResponse: null },
      { key: "40-69", applied: 1, responded: 1, responseRate: 1, medianDaysToResponse: 10 },
    ]);
    expect(a.byResumeVersion).toEqual([
      { key: "base", applied: 2, responded: 1, responseRate: 0.5, medianDaysToResponse: 10 },
      { key: "tailored", applied: 2, responded: 2, responseRate: 1, medianDaysToResponse: 3 },
    ]);
  });

  it("time in each stage counts only stays that ended", () => {
    expect(a.timeInStage).toEqual([
      { stage: "prospect", meanDays: 1.3, samples: 4 },
      { stage: "applied", meanDays: 5.3, samples: 3 },
      { stage: "screen", meanDays: 4, samples: 2 },
      { stage: "interview", meanDays: 10, samples: 1 },
      { stage: "offer", meanDays: 5, samples: 1 },
    ]);
  });

  it("activity per ISO week (weeks start on Monday)", () => {
    expect(a.activityByWeek).toEqual([
      { week: "2026-10-26", events: 1 },
      { week: "2026-11-02", events: 2 },
      { week: "2026-11-09", events: 1 },
    ]);
  });

  it("an empty history gives zeros and nulls, not NaN", () => {
    const empty = computeAnalytics([], []);
    expect(empty.funnel.every((f) => f.count === 0 && f.conversion === null)).toBe(true);
    expect(empty.responseRate).toBeNull();
    expect(JSON.stringify(empty)).not.toContain("NaN");
  });
});
