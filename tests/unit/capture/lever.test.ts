import { describe, expect, it } from "vitest";
import { extract, LOCAL } from "./fixture.ts";

describe("lever adapter", () => {
  it("reads a posting page: categories, sections, euro salary", () => {
    const p = extract("lever/job.html", "https://jobs.lever.co/quillbyte/0b9a5c1e-3f2d-4e8a-9c77-2d1f0e6a4b21");
    expect(p).toMatchObject({
      title: "Staff Frontend Engineer",
      company: "Quillbyte",
      locations: ["Berlin, DE"],
      remote: "hybrid",
      employmentType: "full-time",
      salary: { min: 70_000, max: 90_000, currency: "EUR", period: "year" },
      closed: false,
      source: "lever",
      sourceId: "0b9a5c1e-3f2d-4e8a-9c77-2d1f0e6a4b21",
    });
    expect(p?.description).toContain("What you will do\n• Own editor performance budgets\n• Mentor four engineers");
    expect(p?.description).not.toContain("Apply for this job");
  });

  it("reads the /apply page (no description block) and canonicalizes its URL", () => {
    const p = extract("lever/apply.html", "https://jobs.lever.co/quillbyte/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f/apply");
    expect(p).toMatchObject({
      title: "Site Reliability Engineer",
      company: "Quillbyte",
      locations: ["Toronto, Ontario"],
      remote: "onsite",
      url: "https://jobs.lever.co/quillbyte/7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
    });
    expect(p?.description).toMatch(/^As an SRE at Quillbyte/);
    expect(p?.description).not.toContain("Submit application");
  });

  it("recognizes the markup when served from localhost", () => {
    expect(extract("lever/job.html", `${LOCAL}lever/job.html`)?.source).toBe("lever");
  });
});
