import { detectClearance } from "@vanta/shared/normalize/clearance";
import { detectEducation } from "@vanta/shared/normalize/education";
import { maxYearsRequired, parseYearsRequired } from "@vanta/shared/normalize/experience";
import { detectVisaSponsorship } from "@vanta/shared/normalize/visa";
import { describe, expect, it } from "vitest";

describe("parseYearsRequired", () => {
  it.each([
    ["5+ years of experience building web apps", { min: 5, max: null }],
    ["3-5 years of professional experience", { min: 3, max: 5 }],
    ["3 to 5 years in backend development", { min: 3, max: 5 }],
    ["A minimum of 3 years of experience solving analytical problems", { min: 3, max: null }],
    ["At least two years of experience with SQL", { min: 2, max: null }],
    ["7+ yrs experience", { min: 7, max: null }],
    ["Experience: 4 years", { min: 4, max: null }],
    ["You have 10+ years' experience", { min: 10, max: null }],
    ["We were founded 10 years ago and have 5 years of runway.", null],
    ["Over the past 3 years we have grown to 200 people.", null],
    ["Nice to have: 8+ years of Go. Required: 4+ years of experience with Python.", { min: 4, max: null }],
    ["Preferred: 6+ years of experience", { min: 6, max: null }],
    ["No experience required", null],
    ["- 10\u00e2\u0080\u009312 years in complex IT program delivery.", { min: 10, max: 12 }],
  ] as const)("%s", (text, want) => expect(parseYearsRequired(text)).toEqual(want));
});

describe("maxYearsRequired", () => {
  it.each([
    ["5+ years of backend experience; 2+ years of Go experience", 5],
    ["- 6+ years of professional experience\n- 10+ years of professional experience in billing", 10],
    ["Nice to have: 8+ years of Go. Required: 4+ years of experience with Python.", 4],
    ["Bonus: 3+ years of experience with Rust.", 3],
    ["We were founded 10 years ago.", null],
    ["Up to 2 years of experience.", null],
  ] as const)("%s → %s", (text, want) => expect(maxYearsRequired(text)).toBe(want));
});

describe("detectVisaSponsorship", () => {
  it.each([
    ["We are unable to sponsor visas for this role.", "not_offered"],
    ["We do not offer visa sponsorship.", "not_offered"],
    ["This company does not provide sponsorship.", "not_offered"],
    ["No visa sponsorship is available.", "not_offered"],
    ["Candidates must be authorized to work in the US without sponsorship.", "not_offered"],
    ["Applicants must be U.S. citizens.", "not_offered"],
    ["Will you now or in the future require sponsorship for employment visa status?", "not_offered"],
    ["Visa sponsorship is available for this position.", "offered"],
    ["We offer visa sponsorship and relocation support.", "offered"],
    ["We sponsor H-1B visas and green cards.", "offered"],
    ["Relocation and visa support provided.", "offered"],
    ["- **Work authorization -** No\u00a0visa sponsorship is available for internships", "not_offered"],
    ["Acme will not sponsor job applicants for visas or work authorization for this position.", "not_offered"],
    ["Is role eligible for Immigration Sponsorship? No", "not_offered"],
    ["Is role eligible for Immigration Sponsorship? Yes", "offered"],
    ["We work with sponsors, funds, and operators across the US.", "unknown"],
    ["Great benefits and a friendly team.", "unknown"],
    ["", "unknown"],
  ] as const)("%s → %s", (text, want) => expect(detectVisaSponsorship(text)).toBe(want));
});

describe("detectClearance", () => {
  it.each([
    ["Active TS/SCI clearance with polygraph required.", { required: true, level: "TS/SCI" }],
    ["Must be able to obtain a Secret security clearance.", { required: true, level: "Secret" }],
    ["Top Secret clearance required", { required: true, level: "Top Secret" }],
    ["Position requires a Public Trust background investigation.", { required: true, level: "Public Trust" }],
    ["Applicants must hold SC clearance.", { required: true, level: "SC" }],
    ["US security clearance required.", { required: true, level: null }],
    ["No security clearance required.", { required: false, level: null }],
    ["Clearance sale on office chairs", { required: false, level: null }],
  ] as const)("%s", (text, want) => expect(detectClearance(text)).toEqual(want));
});

describe("detectEducation", () => {
  it.each([
    ["Bachelor's degree in Computer Science required; Master's preferred.", "bachelor"],
    ["BS/MS in Computer Science or equivalent experience", "bachelor"],
    ["B.S. in Engineering", "bachelor"],
    ["MS in Statistics or related field", "master"],
    ["Master's degree in Data Science", "master"],
    ["PhD in Machine Learning", "doctorate"],
    ["Ph.D. or equivalent research experience", "doctorate"],
    ["High school diploma or GED", "high_school"],
    ["Associate's degree in nursing", "associate"],
    ["MBA preferred", "master"],
    ["Strong communication skills", null],
  ] as const)("%s → %s", (text, want) => expect(detectEducation(text)).toBe(want));
});
