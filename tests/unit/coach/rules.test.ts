import { addDays, type CoachApplication, coachTasks, defaultCoachSettings } from "@vanta/shared/coach/rules";
import { describe, expect, it } from "vitest";

const app = (over: Partial<CoachApplication>): CoachApplication => ({
  id: "a1",
  company: "Acme",
  role: "Backend Engineer",
  stage: "applied",
  lastEventDay: "2026-11-01",
  stageDay: "2026-11-01",
  nextEventDay: null,
  ...over,
});

describe("coach rules", () => {
  it("follows up on Applied after the silence threshold, not before", () => {
    const today = "2026-11-10";
    expect(coachTasks([app({ lastEventDay: "2026-11-04" })], today, defaultCoachSettings)).toEqual([]);
    const [t] = coachTasks([app({ lastEventDay: "2026-11-03" })], today, defaultCoachSettings);
    expect(t).toMatchObject({ rule: "follow_up", title: "Follow up with Acme", dueDay: today, applicationId: "a1" });
    // the threshold comes from the user's settings
    expect(
      coachTasks([app({ lastEventDay: "2026-11-04" })], today, { ...defaultCoachSettings, followUpDays: 6 }),
    ).toHaveLength(1);
  });

  it("prepares before a scheduled screen/interview, due prepDaysBefore the date the user entered", () => {
    const [t] = coachTasks(
      [app({ stage: "interview", nextEventDay: "2026-11-20" })],
      "2026-11-10",
      defaultCoachSettings,
    );
    expect(t).toMatchObject({ rule: "prep", dueDay: "2026-11-19" });
    expect(t?.title).toContain("2026-11-20");
    // no date entered → no prep task (the coach never invents one)
    expect(coachTasks([app({ stage: "interview" })], "2026-11-10", defaultCoachSettings)).toEqual([]);
    // an interview tomorrow with 3 days' notice is due today, not in the past
    const [late] = coachTasks([app({ stage: "screen", nextEventDay: "2026-11-11" })], "2026-11-10", {
      ...defaultCoachSettings,
      prepDaysBefore: 3,
    });
    expect(late?.dueDay).toBe("2026-11-10");
  });

  it("asks for a decision on offers and apply-or-archive on stale prospects", () => {
    const tasks = coachTasks(
      [
        app({ id: "o", stage: "offer" }),
        app({ id: "p1", stage: "prospect", lastEventDay: addDays("2026-11-20", -14) }),
        app({ id: "p2", stage: "prospect", lastEventDay: addDays("2026-11-20", -13) }),
      ],
      "2026-11-20",
      defaultCoachSettings,
    );
    expect(tasks.map((t) => [t.applicationId, t.rule])).toEqual([
      ["o", "decide"],
      ["p1", "apply_or_archive"],
    ]);
  });

  it("gives the same situation the same key on later days, and a new one after new activity", () => {
    const a = app({ lastEventDay: "2026-11-01" });
    const k1 = coachTasks([a], "2026-11-09", defaultCoachSettings)[0]?.key;
    const k2 = coachTasks([a], "2026-11-10", defaultCoachSettings)[0]?.key;
    expect(k1).toBe(k2);
    const k3 = coachTasks([{ ...a, lastEventDay: "2026-11-05" }], "2026-11-20", defaultCoachSettings)[0]?.key;
    expect(k3).not.toBe(k1);
  });
});
