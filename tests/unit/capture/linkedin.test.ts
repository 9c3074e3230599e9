import { extractPosting } from "@vanta/shared/capture/index";
import { describe, expect, it } from "vitest";
import { extract, htmlDoc, LOCAL } from "./fixture.ts";

describe("linkedin adapter", () => {
  it("reads /jobs/view (2024+ top card): pills give salary, workplace and type", () => {
    const p = extract("linkedin/job-view.html", "https://www.linkedin.com/jobs/view/4012345678/?refId=x&trackingId=y");
    expect(p).toMatchObject({
      title: "Platform Engineer",
      company: "Harborline Logistics",
      locations: ["Rotterdam, South Holland, NL"],
      remote: "hybrid",
      employmentType: "full-time",
      salary: { min: 70_000, max: 90_000, currency: "EUR", period: "year" },
      source: "linkedin",
      sourceId: "4012345678",
      url: "https://www.linkedin.com/jobs/view/4012345678/",
    });
    // "No longer accepting applications" inside a <code> JSON blob is not what the page shows.
    expect(p?.closed).toBe(false);
    expect(p?.description).toMatch(/^Who we are/);
  });

  it("reads the search-results detail pane for currentJobId (2023 top card)", () => {
    const p = extract(
      "linkedin/search-pane.html",
      "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=3999000222",
    );
    expect(p).toMatchObject({
      title: "Customer Support Specialist",
      company: "Brightdesk",
      locations: ["Austin, TX, US"],
      remote: "hybrid",
      employmentType: "part-time",
      salary: { min: 50, max: 60, currency: "USD", period: "hour" },
      postedAt: "2025-03-03",
      sourceId: "3999000222",
      url: "https://www.linkedin.com/jobs/view/3999000222/",
    });
  });

  it("marks a posting that no longer accepts applications as closed", () => {
    const p = extract("linkedin/closed.html", "https://www.linkedin.com/jobs/view/3888000111/");
    expect(p).toMatchObject({ title: "Data Engineer", company: "Fernhill Bank", closed: true });
  });

  it("reads the logged-out view (JSON-LD + top-card-layout) and the id from a slug URL", () => {
    const p = extract(
      "linkedin/public-view.html",
      "https://nl.linkedin.com/jobs/view/site-reliability-engineer-at-harborline-logistics-4012399999",
    );
    expect(p).toMatchObject({
      title: "Site Reliability Engineer",
      company: "Harborline Logistics",
      employmentType: "full-time",
      postedAt: "2025-02-10",
      sourceId: "4012399999",
    });
    expect(p?.description).toBe("Keep the terminal operating system up.\n• SLOs\n• Incident reviews");
  });

  it("gives no location when the top card shows only company, age and applicants", () => {
    const doc = htmlDoc(
      '<div class="jobs-unified-top-card"><h1 class="jobs-unified-top-card__job-title">Tutor</h1><div class="jobs-unified-top-card__primary-description"><a href="/company/learnly/">Learnly</a> · Reposted 3 days ago · 20 applicants</div></div>',
    );
    expect(extractPosting(doc, "https://www.linkedin.com/jobs/view/4000000001/")).toMatchObject({
      title: "Tutor",
      company: "Learnly",
      locations: [],
    });
  });

  it("reads the location from the tertiary line when the primary one holds only the company", () => {
    const doc = htmlDoc(
      '<html><body><div class="job-details-jobs-unified-top-card__job-title"><h1>Tutor</h1></div><div class="job-details-jobs-unified-top-card__company-name"><a href="/company/learnly/">Learnly</a></div><div class="job-details-jobs-unified-top-card__primary-description-container"><a href="/company/learnly/">Learnly</a></div><div class="job-details-jobs-unified-top-card__tertiary-description-container"><span class="tvm__text">Lisbon, Portugal</span><span> · </span><span>1 week ago</span></div></body></html>',
    );
    expect(extractPosting(doc, "https://www.linkedin.com/jobs/view/4000000002/")?.locations).toEqual(["Lisbon, PT"]);
  });

  it("recognizes the markup when served from localhost", () => {
    const p = extract("linkedin/job-view.html", `${LOCAL}linkedin/job-view.html`);
    expect(p?.source).toBe("linkedin");
    expect(p?.company).toBe("Harborline Logistics");
  });
});
