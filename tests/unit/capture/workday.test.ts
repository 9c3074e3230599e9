import { describe, expect, it } from "vitest";
import { extract, LOCAL } from "./fixture.ts";

const JOB =
  "https://riverbend.wd5.myworkdayjobs.com/en-US/RiverbendCareers/job/Columbus-OH/Registered-Nurse---Cardiac-ICU_R0045678";

describe("workday adapter", () => {
  it("combines JSON-LD (company, date) with the DOM (all locations, full description, pay)", () => {
    const p = extract("workday/job.html", JOB);
    expect(p).toMatchObject({
      title: "Registered Nurse - Cardiac ICU",
      company: "Riverbend Health",
      locations: ["Columbus, OH, US", "Dublin, OH, US"],
      remote: "onsite",
      employmentType: "full-time",
      salary: { min: 38, max: 52, currency: "USD", period: "hour" },
      postedAt: "2025-04-02",
      closed: false,
      source: "workday",
      sourceId: "R0045678",
    });
    expect(p?.description).toContain("Requirements\n• Active Ohio RN license");
  });

  it("marks an unavailable posting closed and names the company from the tenant", () => {
    const p = extract(
      "workday/closed.html",
      "https://riverbend.wd5.myworkdayjobs.com/en-US/RiverbendCareers/job/Dayton-OH/Pharmacy-Technician_R0040001",
    );
    expect(p).toMatchObject({ title: "Pharmacy Technician", company: "Riverbend", closed: true, sourceId: "R0040001" });
  });

  it("recognizes the markup when served from localhost", () => {
    expect(extract("workday/job.html", `${LOCAL}workday/job.html`)?.source).toBe("workday");
  });
});
