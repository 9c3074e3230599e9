import type { HardFilterName } from "@vanta/shared/fit";
import { scorePosting } from "@vanta/shared/match/score";
import { describe, expect, it } from "vitest";
import { loadProfile, posting } from "./fixtures.ts";

const today = "2026-01-15";
const strict = loadProfile("profile-backend-filters.json");

function filter(id: string, name: HardFilterName, profile = strict) {
  const fit = scorePosting(profile, posting(id), { today });
  return { fit, f: fit.filters.find((x) => x.name === name) };
}

describe("hard filters", () => {
  it("passes a posting that meets every preference, listing each check", () => {
    const { fit } = filter("be-1", "visa");
    expect(fit.passed).toBe(true);
    expect(fit.filters.map((f) => f.name).sort()).toEqual(
      ["company", "keyword", "location", "remote", "salary", "seniority", "visa", "years"].sort(),
    );
    expect(fit.filters.find((f) => f.name === "visa")?.reason).toMatch(/offers visa sponsorship/);
  });

  it("fails visa when the posting will not sponsor", () => {
    const { fit, f } = filter("be-nosponsor", "visa");
    expect(f).toMatchObject({ passed: false });
    expect(f?.reason).toMatch(/does not sponsor/);
    expect(fit.passed).toBe(false);
    // the score is still computed: filters never hide a posting silently
    expect(fit.score).toBeGreaterThan(0);
  });

  it("fails an excluded company after normalizing its name", () => {
    expect(filter("be-2", "company").f).toMatchObject({ passed: false, reason: expect.stringMatching(/excluded/) });
  });

  it("fails an excluded keyword and names it", () => {
    expect(filter("be-staff-crypto", "keyword").f).toMatchObject({
      passed: false,
      reason: expect.stringContaining("crypto"),
    });
  });

  it("fails years when the posting asks far more than the resume shows", () => {
    expect(filter("be-staff-crypto", "years").f).toMatchObject({ passed: false, reason: "asks 10+ years; you have 8" });
  });

  it("fails the salary floor with both figures", () => {
    const { f } = filter("sales-1", "salary");
    expect(f?.passed).toBe(false);
    expect(f?.reason).toContain("USD 80,000");
    expect(f?.reason).toContain("USD 150,000");
  });

  it("fails location and remote for an onsite role elsewhere", () => {
    const loc = filter("ds-1", "location").f;
    expect(loc).toMatchObject({ passed: false });
    expect(loc?.reason).toContain("New York, NY");
    expect(filter("ds-1", "remote").f).toMatchObject({
      passed: false,
      reason: "posting is onsite; you want remote or hybrid",
    });
  });

  it("passes a remote role whatever the profile's city", () => {
    expect(filter("be-1", "location").f).toMatchObject({ passed: true, reason: "remote role" });
  });

  it("applies an explicit seniority list strictly", () => {
    const p = { ...strict, seniority: ["senior" as const] };
    expect(filter("be-staff-crypto", "seniority", p).f).toMatchObject({
      passed: false,
      reason: "staff role; you chose senior",
    });
    expect(filter("be-1", "seniority", p).f?.passed).toBe(true);
  });

  it("gates clearance-only roles unless the resume mentions one", () => {
    const job = { ...posting("be-1"), description: "Requirements\n- Active TS/SCI security clearance\n- Java" };
    expect(scorePosting(strict, job, { today }).filters.find((f) => f.name === "clearance")?.passed).toBe(false);
    const cleared = { ...strict, resumeText: `${strict.resumeText}\nHeld an active TS/SCI clearance` };
    expect(scorePosting(cleared, job, { today }).filters.find((f) => f.name === "clearance")?.passed).toBe(true);
  });

  it("records no preference-based filter when the profile states none", () => {
    const fit = scorePosting({ resumeText: "Backend engineer, Java" }, posting("ds-1"), { today });
    expect(fit.filters.map((f) => f.name)).not.toContain("location");
    expect(fit.filters.map((f) => f.name)).not.toContain("salary");
  });
});
