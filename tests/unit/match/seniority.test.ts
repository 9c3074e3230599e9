import {
  SENIORITY_RANK,
  seniorityFit,
  seniorityFromTitle,
  seniorityFromYears,
} from "@vanta/shared/normalize/seniority";
import { cleanTitle, coreTitle, occupationFamily } from "@vanta/shared/normalize/title";
import { describe, expect, it } from "vitest";

describe("seniority from title", () => {
  it.each([
    ["Software Engineering Intern", "intern"],
    ["Summer Internship - Data", "intern"],
    ["Junior Developer", "junior"],
    ["Jr. QA Engineer", "junior"],
    ["New Grad Software Engineer", "junior"],
    ["Software Engineer I", "junior"],
    ["Software Engineer II", "mid"],
    ["Software Engineer", null],
    ["Data Analytics Specialist III - Junior Data Scientist", "junior"],
    ["Senior Software Engineer", "senior"],
    ["Sr. Data Scientist", "senior"],
    ["Tech Lead, Payments", "senior"],
    ["Staff Engineer", "staff"],
    ["Sr. Staff Technical Program Manager - Reliability", "staff"],
    ["Principal Architect", "principal"],
    ["Engineering Manager", "manager"],
    ["Senior Engineering Manager", "manager"],
    ["Product Manager", null],
    ["Senior Product Manager", "senior"],
    ["Technical Program Manager", null],
    ["Director of Engineering", "director"],
    ["Associate Director, Finance", "director"],
    ["Head of Design", "director"],
    ["VP, Sales", "executive"],
    ["Chief Technology Officer", "executive"],
  ])("%s → %s", (title, level) => {
    expect(seniorityFromTitle(title)).toBe(level);
  });

  it("orders levels and scores distance", () => {
    expect(SENIORITY_RANK.junior).toBeLessThan(SENIORITY_RANK.senior);
    expect(seniorityFit("senior", "senior")).toBe(1);
    expect(seniorityFit("senior", "staff")).toBeGreaterThan(seniorityFit("senior", "principal"));
    expect(seniorityFit("junior", "director")).toBe(0);
    expect(seniorityFit(null, "senior")).toBe(0.7);
    expect(seniorityFromYears(0)).toBe("junior");
    expect(seniorityFromYears(6)).toBe("senior");
  });
});

describe("titles", () => {
  it("cleans noise and expands abbreviations", () => {
    expect(cleanTitle("Sr. SWE (m/f/d) - Remote")).toBe("senior software engineer");
    expect(coreTitle("Senior Staff Backend Eng II")).toBe("backend engineer");
  });

  it.each([
    ["Senior Backend Engineer", "software_engineering"],
    ["Frontend Developer", "software_engineering"],
    ["Machine Learning Engineer", "data_ml"],
    ["Data Scientist", "data_ml"],
    ["Senior Technical Program Manager, Growth", "program_project"],
    ["Product Manager, Payments", "product"],
    ["Product Designer", "design"],
    ["Sales Engineer", "sales"],
    ["Account Executive", "sales"],
    ["Growth Marketing Manager", "marketing"],
    ["Senior Accountant", "finance"],
    ["Technical Recruiter", "hr"],
    ["Corporate Counsel", "legal"],
    ["Registered Nurse", "healthcare"],
    ["Customer Support Specialist", "support"],
    ["Mechanical Engineer", "hardware_engineering"],
    ["Supply Chain Coordinator", "operations"],
    ["Web & Mobile Project Manager", "program_project"],
    ["CPU CAD Front-End Engineer", "hardware_engineering"],
    ["Chef de Cuisine", "other"],
  ])("%s is %s", (title, family) => {
    expect(occupationFamily(title)).toBe(family);
  });
});
