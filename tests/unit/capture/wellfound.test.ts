import { describe, expect, it } from "vitest";
import { extract } from "./fixture.ts";

describe("wellfound adapter", () => {
  it("reads JSON-LD (entity-encoded HTML description) and leaves equity out of salary", () => {
    const p = extract("wellfound/job.html", "https://wellfound.com/jobs/3141592-founding-backend-engineer");
    expect(p).toMatchObject({
      title: "Founding Backend Engineer",
      company: "Loomwork",
      locations: ["San Francisco, CA, US"],
      remote: "remote",
      employmentType: "full-time",
      salary: { min: 120_000, max: 150_000, currency: "USD", period: "year" },
      source: "wellfound",
      sourceId: "3141592",
    });
    expect(p?.description).toBe("Loomwork schedules textile factories.\n• Rust or Go\n• Postgres");
  });
});
