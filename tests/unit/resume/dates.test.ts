import { findDates, normalizeResumeDate } from "@vanta/shared/resume/dates";
import { describe, expect, it } from "vitest";

describe("resume dates", () => {
  it.each([
    ["Jan 2020", "2020-01"],
    ["January 2020", "2020-01"],
    ["Sept. 2017", "2017-09"],
    ["03/2018", "2018-03"],
    ["3/2018", "2018-03"],
    ["2018-03", "2018-03"],
    ["2019", "2019"],
    ["Present", null],
    ["yesterday", null],
  ])("%s → %s", (raw, want) => {
    expect(normalizeResumeDate(raw)).toBe(want);
  });

  it.each([
    ["Jan 2020 – Present", { startDate: "2020-01", current: true }],
    ["2019-2021", { startDate: "2019", endDate: "2021", current: false }],
    ["03/2018 - 06/2020", { startDate: "2018-03", endDate: "2020-06", current: false }],
    ["(2021-present)", { startDate: "2021", current: true }],
    ["May 2018 to Current", { startDate: "2018-05", current: true }],
    ["June 2015 to August 2015", { startDate: "2015-06", endDate: "2015-08", current: false }],
    ["Aug 2017 till date", { startDate: "2017-08", current: true }],
    ["Oct 2019 — Now", { startDate: "2019-10", current: true }],
  ])("range %s", (text, want) => {
    const got = findDates(text);
    expect(got).toMatchObject(want);
    // "Present" is no end date at all
    if (want.current) expect(got?.endDate).toBeUndefined();
  });

  it("takes the dates out of the line and leaves the rest", () => {
    expect(findDates("Staff Engineer, Acme Corp (2021-present)")?.rest).toBe("Staff Engineer, Acme Corp");
    expect(findDates("UC Berkeley | 2019")).toMatchObject({ endDate: "2019", rest: "UC Berkeley" });
    expect(findDates("Built 3 services for 10M users")).toBeNull();
  });
});
