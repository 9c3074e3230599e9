import { capturePage } from "@vanta/shared/capture/index";
import { describe, expect, it } from "vitest";
import { extract, loadDoc } from "./fixture.ts";

// The four failure kinds measured on unseen pages (issue 10), each on our own fixture.
describe("capture failure kinds (issue 10)", () => {
  it("reads a LinkedIn view as first sent: the posting only in <code> JSON, the selected id only", () => {
    const p = extract("linkedin/ssr-code-json.html", "https://www.linkedin.com/jobs/view/4100000001/?trk=public");
    expect(p).toMatchObject({
      title: "Backend Engineer, Payments",
      company: "Kestrel Pay",
      locations: ["Lisbon, PT"],
      remote: "hybrid",
      postedAt: "2026-01-01",
      source: "linkedin",
      sourceId: "4100000001",
      url: "https://www.linkedin.com/jobs/view/4100000001/",
      salary: null,
    });
    // The full description entity, not the teaser fragment, and nothing from the recommended job.
    expect(p?.description).toMatch(/^About the team\n\nWe move money for 40,000 shops/);
    expect(JSON.stringify(p)).not.toContain("Other Corp");
  });

  it("a LinkedIn shell whose <code> JSON holds only another job gives no posting", () => {
    expect(
      capturePage(loadDoc("linkedin/ssr-code-json.html"), "https://www.linkedin.com/jobs/view/4100000555/").posting,
    ).toBeNull();
  });

  it("reads an Indeed results page for the vjk job from the embedded pane model, not the first card", () => {
    const p = extract(
      "indeed/results-vjk.html",
      "https://www.indeed.com/jobs?q=data+analyst&l=Denver%2C+CO&vjk=bbbb333344445555",
    );
    expect(p).toMatchObject({
      title: "Data Analyst",
      company: "Cobalt Health",
      locations: ["Denver, CO, US"],
      remote: "remote",
      employmentType: "full-time",
      salary: { min: 85_000, max: 95_000, currency: "USD", period: "year" },
      sourceId: "bbbb333344445555",
      url: "https://www.indeed.com/viewjob?jk=bbbb333344445555",
    });
    expect(p?.description).toContain("Own the weekly KPI review");
  });

  it("when vjk names another card than the open pane, reads that card's own data", () => {
    const p = extract("indeed/results-vjk.html", "https://www.indeed.com/jobs?q=x&vjk=cccc666677778888");
    expect(p).toMatchObject({
      title: "Payroll Specialist",
      company: "Birchwood Schools",
      salary: { min: 55_000, max: 62_000, currency: "USD", period: "year" },
      sourceId: "cccc666677778888",
    });
  });

  it("without vjk, takes the highlighted card's job", () => {
    expect(extract("indeed/results-vjk.html", "https://www.indeed.com/jobs?q=data+analyst")?.title).toBe(
      "Data Analyst",
    );
  });

  it("leaves salary null when the posting states none, whatever the Similar Jobs widget shows", () => {
    const p = extract(
      "builtin/similar-jobs-no-salary.html",
      "https://www.builtinaustin.com/job/senior-product-designer/7010001",
    );
    expect(p).toMatchObject({
      title: "Senior Product Designer",
      company: "Tallow Labs",
      locations: ["Austin, TX, US"],
      remote: "hybrid",
      salary: null,
    });
    expect(p?.description).not.toContain("Quarry Health");
  });

  it("reads 'Remote or Hybrid' as remote when the structured data says TELECOMMUTE", () => {
    const p = extract("builtin/remote-or-hybrid.html", "https://builtin.com/job/staff-platform-engineer/7030004");
    expect(p).toMatchObject({
      title: "Staff Platform Engineer",
      remote: "remote",
      salary: { min: 160_000, max: 220_000, currency: "USD", period: "year" },
    });
    expect(p?.locations).toEqual(["US", "Denver, CO, US"]);
  });

  it("does not give a Canadian Workday posting the range its description states for U.S. roles", () => {
    const p = extract(
      "workday/canada-us-range.html",
      "https://halcyon.wd3.myworkdayjobs.com/en-US/HalcyonCareers/job/Toronto-ON/Senior-Quality-Engineer_R77001",
    );
    expect(p).toMatchObject({ title: "Senior Quality Engineer", locations: ["Toronto, CA"], salary: null });
    const us = extract(
      "workday/us-range.html",
      "https://halcyon.wd3.myworkdayjobs.com/en-US/HalcyonCareers/job/Boston-MA/Quality-Engineer-II_R77002",
    );
    expect(us?.salary).toEqual({ min: 118_000, max: 177_000, currency: "USD", period: "year" });
  });
});
