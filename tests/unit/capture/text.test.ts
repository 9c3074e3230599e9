import { canonicalUrl } from "@vanta/shared/capture/draft";
import { htmlToText } from "@vanta/shared/capture/text/html-to-text";
import { detectRemote, normalizeLocation, splitLocations } from "@vanta/shared/capture/text/location";
import { findSalaryInText, parseSalaryText } from "@vanta/shared/capture/text/salary";
import { describe, expect, it } from "vitest";
import { htmlDoc } from "./fixture.ts";

describe("htmlToText", () => {
  it("keeps paragraphs, bullets and line breaks, drops markup and scripts", () => {
    expect(
      htmlToText(
        "<h2>About</h2><p>Hello &amp; welcome<br>to us</p><script>alert(1)</script><ul><li><p>one</p></li><li>two</li></ul><p>Pay&nbsp;&mdash; good</p>",
      ),
    ).toBe("About\n\nHello & welcome\nto us\n• one\n• two\n\nPay — good");
  });
  it("decodes entity-encoded HTML first", () => {
    expect(htmlToText("&lt;p&gt;A&lt;/p&gt;&lt;p&gt;B &amp;amp; C&lt;/p&gt;")).toBe("A\n\nB & C");
  });
  it("handles plain text and empty input", () => {
    expect(htmlToText("just text")).toBe("just text");
    expect(htmlToText("")).toBe("");
  });
});

describe("parseSalaryText", () => {
  const cases: [string, unknown][] = [
    ["$120,000 - $150,000 a year", { min: 120000, max: 150000, currency: "USD", period: "year" }],
    ["$50–60/hr", { min: 50, max: 60, currency: "USD", period: "hour" }],
    ["€70k–90k", { min: 70000, max: 90000, currency: "EUR", period: "year" }],
    ["120K-150K USD", { min: 120000, max: 150000, currency: "USD", period: "year" }],
    ["$200,000/yr - $300,000/yr (from job description)", { min: 200000, max: 300000, currency: "USD", period: "year" }],
    ["From $80,000 a year", { min: 80000, max: null, currency: "USD", period: "year" }],
    ["Up to $40 an hour", { min: null, max: 40, currency: "USD", period: "hour" }],
    ["£45,000 per annum", { min: 45000, max: 45000, currency: "GBP", period: "year" }],
    ["$2000/month", { min: 2000, max: 2000, currency: "USD", period: "month" }],
    ["CA$85,000–CA$100,000 a year", { min: 85000, max: 100000, currency: "CAD", period: "year" }],
    ["70.000 € - 85.000 € brutto/Jahr", { min: 70000, max: 85000, currency: "EUR", period: "year" }],
    ["$18.50 - $21.00 an hour", { min: 18.5, max: 21, currency: "USD", period: "hour" }],
  ];
  for (const [text, want] of cases) it(text, () => expect(parseSalaryText(text)).toEqual(want));

  it("needs a currency unless the caller gives a default", () => {
    expect(parseSalaryText("192K-264K Annually")).toBeNull();
    expect(parseSalaryText("192K-264K Annually", { defaultCurrency: "USD" })).toEqual({
      min: 192000,
      max: 264000,
      currency: "USD",
      period: "year",
    });
  });
  it("returns null without numbers", () => expect(parseSalaryText("Competitive salary")).toBeNull());
});

describe("findSalaryInText", () => {
  it("takes a range on a pay line, not funding amounts", () => {
    expect(findSalaryInText("We raised $50M in 2024.\nThe base salary range is $140,000 - $170,000.")).toEqual({
      min: 140000,
      max: 170000,
      currency: "USD",
      period: "year",
    });
    expect(findSalaryInText("We raised $50M from investors.")).toBeNull();
    // a period after each end used to cut the range to its first amount
    expect(findSalaryInText("Pay range: $157,000 per year - $174,000 per year")).toEqual({
      min: 157000,
      max: 174000,
      currency: "USD",
      period: "year",
    });
  });
});

describe("locations", () => {
  it("normalizes states, countries, zips and markers", () => {
    expect(normalizeLocation("San Francisco, California, United States")).toBe("San Francisco, CA, US");
    expect(normalizeLocation("Boston, MA (Remote)")).toBe("Boston, MA, US");
    expect(normalizeLocation("Jonesboro, AR 72401")).toBe("Jonesboro, AR, US");
    expect(normalizeLocation("Berlin, Germany")).toBe("Berlin, DE");
    // country names beyond the old capture-only table come from normalize/places.ts
    expect(normalizeLocation("San José, Costa Rica")).toBe("San José, CR");
    expect(normalizeLocation("Washington, District of Columbia")).toBe("Washington, DC, US");
    expect(normalizeLocation("Remote")).toBe("");
  });
  it("splits multi-location lines", () => {
    expect(splitLocations("San Francisco, CA | New York City, NY; Seattle, WA")).toEqual([
      "San Francisco, CA, US",
      "New York City, NY, US",
      "Seattle, WA, US",
    ]);
  });
  it("detects the work arrangement", () => {
    expect(detectRemote("Austin, TX (Hybrid)")).toBe("hybrid");
    expect(detectRemote("United States (Remote)")).toBe("remote");
    expect(detectRemote("On-site")).toBe("onsite");
    expect(detectRemote("Denver, CO, US")).toBe("unknown");
    // normalize/location.ts reads the badge for capture too
    expect(detectRemote("In person")).toBe("onsite");
    expect(detectRemote("Fully remote")).toBe("remote");
    expect(detectRemote("")).toBe("unknown");
  });
});

describe("page canonical URL", () => {
  it("strips tracking parameters with normalize's list plus page-only ones, keeping identity params", () => {
    const doc = htmlDoc("<html><head><title>x</title></head><body></body></html>");
    const url = new URL(
      "https://jobs.example.com/careers/42?gh_jid=42&utm_source=li&ashby_src=x&trk=feed&lever-origin=a&from=home&refId=9#apply",
    );
    expect(canonicalUrl(doc, url)).toBe("https://jobs.example.com/careers/42?gh_jid=42");
  });
});
