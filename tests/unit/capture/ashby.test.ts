import { describe, expect, it } from "vitest";
import { extract } from "./fixture.ts";

describe("ashby adapter", () => {
  it("prefers __appData (workplace type, salary summary) and JSON-LD locations", () => {
    const p = extract(
      "ashby/job.html",
      "https://jobs.ashbyhq.com/tidewater/5f0c7a9e-1b2d-4c3e-8f4a-6b7c8d9e0f1a/application",
    );
    expect(p).toMatchObject({
      title: "Machine Learning Engineer, Search",
      company: "Tidewater AI",
      locations: ["New York, NY, US", "Boston, MA, US"],
      // JSON-LD says TELECOMMUTE; Ashby's own workplaceType says Hybrid.
      remote: "hybrid",
      employmentType: "full-time",
      salary: { min: 150_000, max: 180_000, currency: "USD", period: "year" },
      postedAt: "2025-05-20",
      source: "ashby",
      sourceId: "5f0c7a9e-1b2d-4c3e-8f4a-6b7c8d9e0f1a",
      url: "https://jobs.ashbyhq.com/tidewater/5f0c7a9e-1b2d-4c3e-8f4a-6b7c8d9e0f1a",
    });
    expect(p?.description).toBe(
      "About Tidewater\n\nWe build retrieval for legal research.\n• Train ranking models\n• Own offline evaluation",
    );
  });
});
