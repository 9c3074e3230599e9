import { describe, expect, it } from "vitest";
import { extract, LOCAL } from "./fixture.ts";

describe("greenhouse adapter", () => {
  it("reads the job-boards (Remix) posting: multi-location, pay range, sections", () => {
    const p = extract("greenhouse/job.html", "https://job-boards.greenhouse.io/northwind/jobs/7012345008?gh_src=abc");
    expect(p).toMatchObject({
      title: "Senior Backend Engineer, Payments",
      company: "Northwind Labs",
      locations: ["San Francisco, CA, US", "New York City, NY, US", "US"],
      remote: "remote",
      salary: { min: 180_000, max: 215_000, currency: "USD", period: "year" },
      closed: false,
      source: "greenhouse",
      sourceId: "7012345008",
      url: "https://job-boards.greenhouse.io/northwind/jobs/7012345008",
    });
    expect(p?.description).toMatch(/^About Northwind\n\nNorthwind Labs builds payment rails/);
    expect(p?.description).toContain("• Design and run the ledger service in Go and PostgreSQL\n• Own reconciliation");
    expect(p?.description).toContain("Know Kafka & Kubernetes");
    expect(p?.description).not.toMatch(/<|&amp;/);
  });

  it("reads the classic boards.greenhouse.io markup and an hourly range in the text", () => {
    const p = extract("greenhouse/job-legacy.html", "https://boards.greenhouse.io/acmerobotics/jobs/4455667");
    expect(p).toMatchObject({
      title: "Data Analyst",
      company: "Acme Robotics",
      remote: "remote",
      salary: { min: 50, max: 60, currency: "USD", period: "hour" },
      sourceId: "4455667",
    });
    expect(p?.description).toContain("• SQL\n• Python or R");
  });

  it("takes the id from an embedded board's gh_jid", () => {
    const p = extract("greenhouse/job.html", "https://northwind.example/careers/?gh_jid=7012345008");
    expect(p?.source).toBe("greenhouse");
    expect(p?.sourceId).toBe("7012345008");
  });

  it("returns null on the board page shown for a closed job", () => {
    expect(extract("greenhouse/board-closed.html", "https://job-boards.greenhouse.io/northwind?error=true")).toBeNull();
  });

  it("recognizes the markup when served from localhost", () => {
    const p = extract("greenhouse/job.html", `${LOCAL}greenhouse/job.html`);
    expect(p?.source).toBe("greenhouse");
    expect(p?.title).toBe("Senior Backend Engineer, Payments");
  });
});
