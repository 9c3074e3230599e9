import { extractPosting } from "@vanta/shared/capture/index";
import { describe, expect, it } from "vitest";
import { extract, htmlDoc, LOCAL } from "./fixture.ts";

const page = (ld: string, body = "<h1>x</h1>", type = "application/ld+json") =>
  htmlDoc(`<!DOCTYPE html><html><head><script type="${type}">${ld}</script></head><body>${body}</body></html>`);

describe("generic JSON-LD / microdata / page fallback", () => {
  it("reads a career site's @graph with an entity-encoded HTML description", () => {
    const p = extract("jsonld/career-site.html", "https://careers.solvik.example/jobs/senior-data-scientist-2291");
    expect(p).toMatchObject({
      title: "Senior Data Scientist",
      company: "Solvik Analytics",
      locations: ["Copenhagen, DK", "Stockholm, SE"],
      employmentType: "full-time",
      salary: { min: 70_000, max: 90_000, currency: "EUR", period: "year" },
      postedAt: "2025-01-15",
      closed: false,
      source: "jsonld",
      sourceId: "2291",
      url: "https://careers.solvik.example/jobs/senior-data-scientist-2291",
    });
    expect(p?.description).toBe(
      "About us\n\nSolvik forecasts energy demand for grid operators.\n\nYou will\n• Build probabilistic forecasts\n• Ship models to production",
    );
  });

  it("is what a local server's JSON-LD-only page gets", () => {
    expect(extract("jsonld/career-site.html", `${LOCAL}jsonld/career-site.html`)?.source).toBe("jsonld");
  });

  it("reads a top-level array, @type as array, string org, remote countries, hourly single value", () => {
    const p = extract("jsonld/array-remote.html", "https://parcelkit.example/jobs/technical-writer");
    expect(p).toMatchObject({
      title: "Technical Writer",
      company: "Parcelkit",
      locations: ["DE", "PL"],
      remote: "remote",
      employmentType: "contract",
      salary: { min: 55, max: 55, currency: "EUR", period: "hour" },
    });
  });

  it("marks 'This position has been filled' closed", () => {
    const p = extract("jsonld/closed.html", "https://kettleandcrumb.example/jobs/barista");
    expect(p).toMatchObject({ title: "Barista", company: "Kettle & Crumb", closed: true });
  });

  it("returns null for a page without a posting (blog post with other JSON-LD)", () => {
    expect(extract("jsonld/no-posting.html", "https://blog.solvik.example/how-we-hire")).toBeNull();
  });

  it("reads schema.org microdata", () => {
    const p = extract("microdata/job.html", "https://brightwire.example/jobs/electrician-apprentice");
    expect(p).toMatchObject({
      title: "Electrician Apprentice",
      company: "Brightwire Services",
      locations: ["Phoenix, AZ, US"],
      employmentType: "part-time",
      salary: { min: 19, max: 24, currency: "USD", period: "hour" },
      postedAt: "2025-09-01",
      source: "microdata",
    });
  });

  it("reads a plain career page from its headline, title suffix, location line and pay element", () => {
    const p = extract("page/career-page.html", "https://www.fjordline.example/careers/operations-manager-3344");
    expect(p).toMatchObject({
      title: "Operations Manager",
      company: "Fjordline Ferries",
      locations: ["Bergen, NO", "Oslo, NO"],
      salary: { min: 750_000, max: 900_000, currency: "NOK", period: "year" },
      source: "page",
    });
    expect(p?.description).toMatch(/^Fjordline runs twelve car ferries/);
  });

  it("does not take an ordinary page for a posting", () => {
    const doc = htmlDoc(
      '<html><head><meta property="og:title" content="Our team"><meta property="og:site_name" content="Acme"></head><body><h1>Our team</h1><p>We like boats.</p></body></html>',
    );
    expect(extractPosting(doc, "https://acme.example/about")).toBeNull();
  });

  it("decodes the entity-encoded type attribute (application/ld&#x2B;json)", () => {
    const doc = page(
      '{"@type":"JobPosting","title":"Cook","hiringOrganization":{"name":"Diner"}}',
      "",
      "application/ld&#x2B;json",
    );
    expect(extractPosting(doc, "https://diner.example/")?.title).toBe("Cook");
  });

  it("tolerates raw newlines in strings and trailing commas", () => {
    const doc = page(
      '{"@type":"JobPosting","title":"Baker","description":"line one\nline two","hiringOrganization":"Oven Co",}',
    );
    const p = extractPosting(doc, "https://oven.example/");
    expect(p?.company).toBe("Oven Co");
    expect(p?.description).toBe("line one line two");
  });

  it("finds a JobPosting under mainEntity and uses estimatedSalary / monthly units", () => {
    const doc = page(
      JSON.stringify({
        "@type": "WebPage",
        mainEntity: {
          "@type": "http://schema.org/JobPosting",
          title: "Nurse",
          hiringOrganization: { "@type": "Organization", name: "Clinic" },
          estimatedSalary: { currency: "GBP", value: { minValue: "3,000", maxValue: 3500, unitText: "MONTH" } },
          jobLocation: {
            address: { addressLocality: "Leeds", addressCountry: { "@type": "Country", name: "United Kingdom" } },
          },
        },
      }),
    );
    expect(extractPosting(doc, "https://clinic.example/")).toMatchObject({
      title: "Nurse",
      locations: ["Leeds, GB"],
      salary: { min: 3000, max: 3500, currency: "GBP", period: "month" },
    });
  });

  it("returns null for a JobPosting without a hiring organization or title", () => {
    expect(extractPosting(page('{"@type":"JobPosting","title":"Cook"}', ""), "https://x.example/")).toBeNull();
    expect(
      extractPosting(page('{"@type":"JobPosting","hiringOrganization":"X"}', ""), "https://x.example/"),
    ).toBeNull();
  });

  it("picks the posting a listing page's headline names, and none on a plain index", () => {
    const ld = JSON.stringify([
      { "@type": "JobPosting", title: "Cook", hiringOrganization: "Diner" },
      { "@type": "JobPosting", title: "Waiter", hiringOrganization: "Diner" },
    ]);
    expect(extractPosting(page(ld, "<h1>Waiter</h1>"), "https://diner.example/jobs/waiter")?.title).toBe("Waiter");
    expect(extractPosting(page(ld, "<h1>Open roles</h1>"), "https://diner.example/about")).toBeNull();
  });

  it("ignores broken JSON-LD instead of throwing", () => {
    expect(extractPosting(page("{not json", ""), "https://x.example/")).toBeNull();
  });

  it("returns null for an invalid URL", () => {
    expect(extractPosting(page('{"@type":"JobPosting","title":"a","hiringOrganization":"b"}'), "not a url")).toBeNull();
  });
});
