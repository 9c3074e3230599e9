import { describe, expect, it } from "vitest";
import { extract, LOCAL } from "./fixture.ts";

describe("indeed adapter", () => {
  it("reads /viewjob: salary line, remote location, clean company name", () => {
    const p = extract("indeed/viewjob.html", "https://www.indeed.com/viewjob?jk=5a1b2c3d4e5f6a7b&from=serp");
    expect(p).toMatchObject({
      title: "Senior Accountant",
      company: "Maple Ridge Health",
      locations: ["Denver, CO, US"],
      remote: "remote",
      employmentType: "full-time",
      salary: { min: 120_000, max: 150_000, currency: "USD", period: "year" },
      closed: false,
      source: "indeed",
      sourceId: "5a1b2c3d4e5f6a7b",
      url: "https://www.indeed.com/viewjob?jk=5a1b2c3d4e5f6a7b",
    });
    expect(p?.description).toContain("Responsibilities\n– Month-end close\n– Audit support");
  });

  it("reads the search pane for vjk, with a CAD range", () => {
    const p = extract(
      "indeed/search-pane.html",
      "https://ca.indeed.com/jobs?q=frontend+developer&l=Toronto%2C+ON&vjk=ee55ff66aa77bb88",
    );
    expect(p).toMatchObject({
      title: "Frontend Developer (React)",
      company: "Lakeshore Media",
      locations: ["Toronto, ON"],
      remote: "hybrid",
      salary: { min: 85_000, max: 100_000, currency: "CAD", period: "year" },
      sourceId: "ee55ff66aa77bb88",
    });
  });

  it("falls back to the highlighted card's id when the URL has none", () => {
    const p = extract("indeed/search-pane.html", "https://ca.indeed.com/jobs?q=frontend+developer");
    expect(p?.sourceId).toBe("ee55ff66aa77bb88");
  });

  it("marks an expired job as closed, keeping the hourly wage", () => {
    const p = extract("indeed/expired.html", "https://www.indeed.com/viewjob?jk=0f0f0f0f0f0f0f0f");
    expect(p).toMatchObject({
      title: "Forklift Operator",
      closed: true,
      salary: { min: 18.5, max: 21, currency: "USD", period: "hour" },
    });
  });

  it("recognizes the markup when served from localhost", () => {
    expect(extract("indeed/viewjob.html", `${LOCAL}indeed/viewjob.html`)?.source).toBe("indeed");
  });
});
