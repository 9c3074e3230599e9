import { detectWorkplace, parseLocations, parseOneLocation } from "@vanta/shared/normalize/location";
import { describe, expect, it } from "vitest";

type Want = { city: string | null; region: string | null; country: string | null; remote?: boolean };

// Location strings copied in shape from real feeds (RemoteOK, Remotive, Greenhouse offices, USAJOBS).
const single: Array<[string, Want]> = [
  ["San Francisco, CA", { city: "San Francisco", region: "CA", country: "US" }],
  ["Saint Louis, MO, USA", { city: "Saint Louis", region: "MO", country: "US" }],
  ["New York, NY, United States", { city: "New York", region: "NY", country: "US" }],
  ["Londonderry, New Hampshire", { city: "Londonderry", region: "NH", country: "US" }],
  ["Washington DC, District of Columbia", { city: "Washington DC", region: "DC", country: "US" }],
  ["Toronto, ON, Canada", { city: "Toronto", region: "ON", country: "CA" }],
  ["Toronto, CA", { city: "Toronto", region: null, country: "CA" }],
  ["Berlin, Germany", { city: "Berlin", region: null, country: "DE" }],
  ["Berlin", { city: "Berlin", region: null, country: "DE" }],
  ["London", { city: "London", region: null, country: "GB" }],
  ["Dublin, IE", { city: "Dublin", region: null, country: "IE" }],
  ["United Kingdom", { city: null, region: null, country: "GB" }],
  ["USA", { city: null, region: null, country: "US" }],
  ["Texas", { city: null, region: "TX", country: "US" }],
  ["Remote - US", { city: null, region: null, country: "US", remote: true }],
  ["Canada (Remote)", { city: null, region: null, country: "CA", remote: true }],
  ["Remote", { city: null, region: null, country: null, remote: true }],
  ["Hybrid - London, UK", { city: "London", region: null, country: "GB", remote: false }],
  ["GdaÅ\u0084sk", { city: "Gdańsk", region: null, country: "PL" }],
  ["Worldwide", { city: null, region: "Worldwide", country: null }],
  ["Metro Manila", { city: "Metro Manila", region: null, country: "PH" }],
  ["Taipei City, Taipei City, Taiwan (ROC)", { city: "Taipei City", region: null, country: "TW" }],
  ["Portland, OR", { city: "Portland", region: "OR", country: "US" }],
  ["Philadelphia, Pa", { city: "Philadelphia", region: "PA", country: "US" }],
  ["Bengaluru, Karnataka", { city: "Bengaluru", region: "Karnataka", country: "IN" }],
  ["Munich, Bavaria", { city: "Munich", region: "Bavaria", country: "DE" }],
  ["Remote-Friendly (Travel-Required)", { city: null, region: null, country: null, remote: true }],
];

describe("parseOneLocation", () => {
  it.each(single)("%s", (raw, want) => {
    const got = parseOneLocation(raw);
    expect(got).toMatchObject({ city: want.city, region: want.region, country: want.country });
    if (want.remote !== undefined) expect(got?.remote).toBe(want.remote);
  });

  it("builds a display string city, region, country", () => {
    expect(parseOneLocation("Seattle, Washington")?.display).toBe("Seattle, WA, US");
    expect(parseOneLocation("Paris, France")?.display).toBe("Paris, FR");
  });
});

describe("parseLocations", () => {
  it("splits lists of countries and areas into several places", () => {
    const got = parseLocations(["USA, Canada, USA timezones"]);
    expect(got.map((l) => l.country)).toEqual(["US", "CA"]);
    const eu = parseLocations(["Europe, UK, Germany, European timezones"]);
    expect(eu.map((l) => l.display)).toEqual(["Europe", "GB", "DE"]);
  });
  it("splits on separators and dedups", () => {
    const got = parseLocations(["London | Berlin", "Berlin", "NYC or Remote"]);
    expect(got.map((l) => l.display)).toEqual(["London, GB", "Berlin, DE", "NYC, US", "Remote"]);
  });
  it("splits a comma list of known cities, but not city + country", () => {
    expect(parseLocations(["San Francisco, Amsterdam, London"]).map((l) => l.display)).toEqual([
      "San Francisco, US",
      "Amsterdam, NL",
      "London, GB",
    ]);
    expect(parseLocations(["Paris, France"]).map((l) => l.display)).toEqual(["Paris, FR"]);
  });
  it("keeps a city, region, country string as one place", () => {
    expect(parseLocations(["Boston, MA, USA"])).toHaveLength(1);
  });
  it("ignores empty strings", () => {
    expect(parseLocations(["", null, undefined, "  "])).toEqual([]);
  });
});

describe("detectWorkplace", () => {
  it.each([
    [{ hint: "Remote" }, "remote"],
    [{ hint: "Hybrid" }, "hybrid"],
    [{ hint: "OnSite" }, "onsite"],
    [{ hint: "on-site" }, "onsite"],
    [{ hint: true }, "remote"],
    [{ hint: false, locations: ["Berlin"] }, "onsite"],
    [{ hint: "unspecified", locations: ["Remote - US"] }, "remote"],
    [{ locations: ["London (Hybrid)"] }, "hybrid"],
    [{ locations: ["Austin, TX"], title: "Senior Engineer (Remote)" }, "remote"],
    [{ locations: ["Austin, TX"], description: "This is a hybrid role with 3 days in office." }, "hybrid"],
    [{ locations: ["Austin, TX"], description: "Experience with remote sensing data." }, "unknown"],
    [{ locations: [] }, "unknown"],
  ] as const)("%j → %s", (input, want) => expect(detectWorkplace(input)).toBe(want));
});
