import { describe, expect, it } from "vitest";
import { extract } from "./fixture.ts";

describe("builtin adapter", () => {
  it("reads the entity-encoded JSON-LD @graph and the DOM work type", () => {
    const p = extract("builtin/job.html", "https://www.builtinnyc.com/job/staff-product-designer/4242424");
    expect(p).toMatchObject({
      title: "Staff Product Designer",
      company: "Copperleaf",
      locations: ["New York, NY, US", "Jersey City, NJ, US"],
      remote: "hybrid",
      employmentType: "full-time",
      salary: { min: 165_000, max: 195_000, currency: "USD", period: "year" },
      postedAt: "2025-07-08",
      source: "builtin",
      sourceId: "4242424",
    });
  });

  it("reads the DOM alone: icon rows for location, work type and '120K-150K USD'", () => {
    const p = extract("builtin/no-jsonld.html", "https://builtin.com/job/support-engineer/5151515");
    expect(p).toMatchObject({
      title: "Support Engineer",
      company: "Gridwise",
      locations: ["Chicago, IL, US"],
      remote: "remote",
      salary: { min: 120_000, max: 150_000, currency: "USD", period: "year" },
      sourceId: "5151515",
    });
  });
});
