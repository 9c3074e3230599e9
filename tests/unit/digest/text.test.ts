import { salaryLabel } from "@vanta/server/services/digest/salary-label";
import { whyFit } from "@vanta/server/services/digest/why-fit";
import { describe, expect, it } from "vitest";

describe("digest why-fit line", () => {
  const rationale =
    "Strong fit (82/100) for Go Engineer at Acme. You show 4 of 5 required skills. Level matches (senior).";

  it("names the top met requirement, required before preferred", () => {
    const line = whyFit(
      {
        rationale,
        requirements: [
          { requirement: "Kubernetes", kind: "preferred", status: "met", evidence: "k8s" },
          { requirement: "Rust", kind: "required", status: "missing", evidence: null },
          { requirement: "5+ years of Go", kind: "required", status: "met", evidence: "Go since 2018" },
        ],
      },
      rationale,
    );
    expect(line).toBe("Meets: 5+ years of Go");
  });

  it("else the rationale without its title/score opener, clipped to one line", () => {
    expect(whyFit({ rationale, requirements: [] }, rationale)).toBe(
      "You show 4 of 5 required skills. Level matches (senior).",
    );
    const long = `Good fit (60/100) for X at Y. ${"word ".repeat(60)}`;
    const line = whyFit({ rationale: long, requirements: [] }, long) ?? "";
    expect(line.length).toBeLessThanOrEqual(160);
    expect(line.endsWith("…")).toBe(true);
    expect(whyFit({ rationale: "", requirements: [] }, null)).toBeNull();
  });
});

describe("digest salary label", () => {
  it("labels estimates and formats ranges, single figures and odd currencies", () => {
    expect(salaryLabel({ min: 90000, max: 110000, currency: "EUR", period: "year", estimate: false })).toBe(
      "€90,000–€110,000 / year",
    );
    expect(salaryLabel({ min: 70000, max: 85000, currency: "USD", period: "year", estimate: true })).toBe(
      "est. $70,000–$85,000 / year",
    );
    expect(salaryLabel({ min: null, max: 60, currency: "GBP", period: "hour", estimate: false })).toBe("£60 / hour");
    expect(salaryLabel({ min: 1000, max: 1000, currency: "ZZZZ", period: "month", estimate: false })).toBe(
      "1,000 ZZZZ / month",
    );
    expect(salaryLabel({ min: null, max: null, currency: "USD", period: "year", estimate: true })).toBeNull();
  });
});
