import { parseZhipinSalary } from "@vanta/shared/capture/bosszhipin/salary";
import { capturePage } from "@vanta/shared/capture/index";
import { describe, expect, it } from "vitest";
import { extract, LOCAL, loadDoc } from "./fixture.ts";

describe("glassdoor adapter", () => {
  it("reads the open pane (French), not the first card, and takes no card's salary estimate", () => {
    const p = extract(
      "glassdoor/serp-pane.html",
      "https://www.glassdoor.fr/Emploi/paris-data-engineer-emplois-SRCH_IL.0,5_IC2881970_KO6,19.htm?jl=1009000000002",
    );
    expect(p).toMatchObject({
      title: "Ingénieur Data Senior - CDI - H/F",
      company: "Banque Aurèle",
      locations: ["Paris"],
      salary: null,
      source: "glassdoor",
      sourceId: "1009000000002",
    });
    expect(p?.description).toMatch(/^Descriptif du poste\nVous concevez les pipelines/);
  });

  it("takes the listing id from the pane title when the URL has none", () => {
    expect(extract("glassdoor/serp-pane.html", `${LOCAL}glassdoor/serp-pane.html`)?.sourceId).toBe("1009000000002");
  });
});

describe("teamtailor adapter", () => {
  it("reads JSON-LD and the header's workplace (Hybrid), skipping the cookie dialog's h1", () => {
    const p = extract("teamtailor/job.html", "https://linjebuss.teamtailor.com/jobs/7100200-backend-developer");
    expect(p).toMatchObject({
      title: "Backend Developer",
      company: "Linjebuss",
      locations: ["Göteborg, SE"],
      remote: "hybrid",
      employmentType: "full-time",
      source: "teamtailor",
      sourceId: "7100200",
    });
    expect(p?.description).toMatch(/^We build route planning/);
  });

  it("recognizes a Teamtailor site on a custom domain by its markup", () => {
    expect(
      extract("teamtailor/job.html", "https://jobs.linjebuss.example/jobs/7100200-backend-developer")?.source,
    ).toBe("teamtailor");
  });
});

describe("totaljobs adapter", () => {
  it("reads a job page: metadata salary in GBP, hybrid from the work type, not the similar job's pay", () => {
    const p = extract(
      "totaljobs/job.html",
      "https://www.totaljobs.com/job/site-reliability-engineer/harrow-vale-job104455667",
    );
    expect(p).toMatchObject({
      title: "Site Reliability Engineer",
      company: "Harrow & Vale",
      remote: "hybrid",
      employmentType: "full-time",
      salary: { min: 60_000, max: 70_000, currency: "GBP", period: "year" },
      sourceId: "104455667",
    });
    expect(p?.description).toContain("Own our Kubernetes estate");
  });

  it("says a results page is a list (no job open), never its first card", () => {
    expect(capturePage(loadDoc("totaljobs/results.html"), "https://www.totaljobs.com/jobs/in-leeds")).toEqual({
      posting: null,
      reason: "list-page",
    });
  });
});

describe("work at a startup adapter", () => {
  it("reads the page's own job from the Inertia state, not the company's other jobs", () => {
    const p = extract("workatastartup/job.html", "https://www.workatastartup.com/jobs/120045");
    expect(p).toMatchObject({
      title: "Founding Frontend Engineer",
      company: "Ledgerly",
      locations: ["San Francisco, CA, US"],
      employmentType: "full-time",
      salary: { min: 140_000, max: 180_000, currency: "USD", period: "year" },
      source: "workatastartup",
      sourceId: "120045",
    });
    expect(p?.description).toMatch(/^Ledgerly automates month-end close/);
  });
});

describe("BOSS直聘 adapter", () => {
  it("reads a Chinese job page: monthly CNY from 'K·薪', city, company; not a similar job's pay", () => {
    const p = extract("bosszhipin/job.html", "https://www.zhipin.com/job_detail/9f3e1a2b3c4d5e6f1nV5.html");
    expect(p).toMatchObject({
      title: "Java后端开发工程师",
      company: "星桥科技",
      locations: ["杭州"],
      salary: { min: 15_000, max: 25_000, currency: "CNY", period: "month" },
      closed: false,
      source: "bosszhipin",
      sourceId: "9f3e1a2b3c4d5e6f1nV5",
    });
    expect(p?.description).toMatch(/^岗位职责：\n1\.负责支付系统/);
  });

  it("parses the board's salary forms", () => {
    expect(parseZhipinSalary("15-25K·13薪")).toEqual({ min: 15_000, max: 25_000, currency: "CNY", period: "month" });
    expect(parseZhipinSalary("8千-1.2万")).toEqual({ min: 8_000, max: 12_000, currency: "CNY", period: "month" });
    expect(parseZhipinSalary("150-200元/天")).toEqual({ min: 150, max: 200, currency: "CNY", period: "day" });
    expect(parseZhipinSalary("面议")).toBeNull();
  });
});
