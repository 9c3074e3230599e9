import { describe, expect, it } from "vitest";
import { extract } from "./fixture.ts";

describe("smartrecruiters adapter", () => {
  it("reads the microdata posting and its sections", () => {
    const p = extract(
      "smartrecruiters/job.html",
      "https://jobs.smartrecruiters.com/VoltaroEnergy/744000012345678-field-service-technician",
    );
    expect(p).toMatchObject({
      title: "Field Service Technician",
      company: "Voltaro Energy",
      locations: ["Lyon, Auvergne-Rhône-Alpes, FR"],
      remote: "onsite",
      employmentType: "full-time",
      salary: { min: 38_000, max: 44_000, currency: "EUR", period: "year" },
      postedAt: "2025-03-14",
      closed: false,
      source: "smartrecruiters",
      sourceId: "744000012345678",
    });
    expect(p?.description).toContain("Job Description\n• Commission inverters");
  });

  it("marks an expired job closed", () => {
    const p = extract(
      "smartrecruiters/expired.html",
      "https://jobs.smartrecruiters.com/VoltaroEnergy/744000099999999-warehouse-lead",
    );
    expect(p).toMatchObject({ title: "Warehouse Lead", locations: ["Porto, PT"], closed: true });
  });
});
