import { findSalaryInText, parsePeriod, parseSalaryText, salaryFromRange } from "@vanta/shared/normalize/salary";
import { describe, expect, it } from "vitest";

type Row = [string, { min: number | null; max: number | null; currency: string; period: string } | null];

// Strings as they appear in real feeds (Remotive's salary field, descriptions, Ashby summaries).
const rows: Row[] = [
  ["$170k - $200k", { min: 170_000, max: 200_000, currency: "USD", period: "year" }],
  ["$120,000–$150,000", { min: 120_000, max: 150_000, currency: "USD", period: "year" }],
  ["USD$157,000 per year - USD$174,000 per year", { min: 157_000, max: 174_000, currency: "USD", period: "year" }],
  ["$28.50/hr to $34.50/hr", { min: 28.5, max: 34.5, currency: "USD", period: "hour" }],
  ["$120,000 - $150,000 per year", { min: 120_000, max: 150_000, currency: "USD", period: "year" }],
  ["€80k-€110k", { min: 80_000, max: 110_000, currency: "EUR", period: "year" }],
  ["up to $19/hour", { min: null, max: 19, currency: "USD", period: "hour" }],
  ["$31,2k- $52k", { min: 31_200, max: 52_000, currency: "USD", period: "year" }],
  ["$60k-$130k (depending on experience)", { min: 60_000, max: 130_000, currency: "USD", period: "year" }],
  ["OTE $25k - $35k", { min: 25_000, max: 35_000, currency: "USD", period: "year" }],
  ["$50-$75 /hour", { min: 50, max: 75, currency: "USD", period: "hour" }],
  ["$10k", { min: 10_000, max: 10_000, currency: "USD", period: "year" }],
  ["$120-150k", { min: 120_000, max: 150_000, currency: "USD", period: "year" }],
  ["USD 90-110K", { min: 90_000, max: 110_000, currency: "USD", period: "year" }],
  ["£45,000 per annum", { min: 45_000, max: 45_000, currency: "GBP", period: "year" }],
  ["£350 - £450 per day", { min: 350, max: 450, currency: "GBP", period: "day" }],
  ["€4.500 - €5.500 monatlich", { min: 4_500, max: 5_500, currency: "EUR", period: "month" }],
  ["₹12,00,000 - ₹18,00,000 p.a.", { min: 1_200_000, max: 1_800_000, currency: "INR", period: "year" }],
  ["INR 80,000 per month", { min: 80_000, max: 80_000, currency: "INR", period: "month" }],
  ["CA$95,000 to CA$120,000", { min: 95_000, max: 120_000, currency: "CAD", period: "year" }],
  ["95000 - 120000 CAD", { min: 95_000, max: 120_000, currency: "CAD", period: "year" }],
  ["$2,000/week", { min: 2_000, max: 2_000, currency: "USD", period: "week" }],
  ["From $140,000", { min: 140_000, max: null, currency: "USD", period: "year" }],
  ["$140,000+", { min: 140_000, max: null, currency: "USD", period: "year" }],
  ["70.000 € - 85.000 € brutto/Jahr", { min: 70_000, max: 85_000, currency: "EUR", period: "year" }],
  ["Compensation range: $1800 - $2200 AUD / Monthly", { min: 1_800, max: 2_200, currency: "AUD", period: "month" }],
  ["$1800 AUD per month", { min: 1_800, max: 1_800, currency: "AUD", period: "month" }],
  ["($150,000 \u00e2\u0080\u0093 $175,000)", { min: 150_000, max: 175_000, currency: "USD", period: "year" }],
  ["at least $90,000 per year", { min: 90_000, max: null, currency: "USD", period: "year" }],
  ["Competitive salary + 401(k)", null],
  ["401k match and equity", null],
  ["", null],
];

describe("parseSalaryText", () => {
  it.each(rows)("%s", (text, want) => {
    const got = parseSalaryText(text);
    if (want === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    expect({
      min: got?.minCents === null ? null : (got?.minCents ?? 0) / 100,
      max: got?.maxCents === null ? null : (got?.maxCents ?? 0) / 100,
      currency: got?.currency,
      period: got?.period,
    }).toEqual(want);
  });

  it("annualizes hourly, daily, weekly and monthly pay", () => {
    expect(parseSalaryText("$50/hour")?.annualMinCents).toBe(50 * 2080 * 100);
    expect(parseSalaryText("£400 per day")?.annualMaxCents).toBe(400 * 260 * 100);
    expect(parseSalaryText("$2,000/week")?.annualMaxCents).toBe(2000 * 52 * 100);
    expect(parseSalaryText("€5,000 per month")?.annualMinCents).toBe(5000 * 12 * 100);
    expect(parseSalaryText("$150,000 a year")?.annualMinCents).toBe(150_000 * 100);
  });

  it("uses the default currency for bare amounts only when told to", () => {
    expect(parseSalaryText("80k-100k")).toBeNull();
    expect(parseSalaryText("80k-100k", { defaultCurrency: "USD" })?.maxCents).toBe(10_000_000);
    expect(parseSalaryText("80k-100k", { requireCurrency: true, defaultCurrency: "USD" })).toBeNull();
  });
});

describe("salaryFromRange", () => {
  it("reads Ashby/Lever intervals and swaps reversed bounds", () => {
    expect(salaryFromRange({ min: 87_000, max: 81_000, currency: "usd", period: "1 YEAR" })).toMatchObject({
      minCents: 8_100_000,
      maxCents: 8_700_000,
      currency: "USD",
      period: "year",
    });
    expect(salaryFromRange({ min: 40, max: 55, currency: "USD", period: "per-hour-wage" })?.period).toBe("hour");
    expect(salaryFromRange({ min: 92166, max: 161600, currency: "USD", period: "Per Year" })?.annualMaxCents).toBe(
      16_160_000,
    );
  });
  it("treats zero as missing and infers hourly for tiny amounts without a period", () => {
    expect(salaryFromRange({ min: 0, max: 0, currency: "USD" })).toBeNull();
    expect(salaryFromRange({ min: 30, max: 30, currency: "USD" })?.period).toBe("hour");
    expect(salaryFromRange({ min: 1, max: 2, currency: null })).toBeNull();
  });
});

describe("parsePeriod", () => {
  it.each([
    ["Per Hour", "hour"],
    ["1 HOUR", "hour"],
    ["per-year-salary", "year"],
    ["monthly", "month"],
    ["Per Day", "day"],
    ["weekly", "week"],
    ["PA", "year"],
    ["whenever", null],
  ])("%s → %s", (text, want) => expect(parsePeriod(text)).toBe(want));
});

describe("findSalaryInText", () => {
  it("finds the pay range in a description and ignores small incidental sums", () => {
    const text =
      "We offer a $500 home office stipend.\nThe base salary range for this role is $135,000 - $165,000 USD.";
    expect(findSalaryInText(text)).toMatchObject({ minCents: 13_500_000, maxCents: 16_500_000, currency: "USD" });
    expect(findSalaryInText("10 years in business, 401(k), great team")).toBeNull();
  });
  it("judges the sentence holding the amount, and reads a pay heading up to two lines above", () => {
    const line =
      "The estimated salary range is $145,000 - $155,000/year. Total compensation may also include a sign-on bonus.";
    expect(findSalaryInText(line)).toMatchObject({ minCents: 14_500_000, maxCents: 15_500_000 });
    expect(findSalaryInText("We raised $40M.\nSign-on bonus of $5,000.")).toBeNull();
    expect(findSalaryInText("## Compensation\n\n$120,000 – $140,000 USD")).toMatchObject({ minCents: 12_000_000 });
    expect(findSalaryInText("## Compensation\n\n$120,000 – $140,000 USD", undefined, 0)).toBeNull();
  });
});
