import { ApplicantProfile } from "@vanta/shared/resume/applicant";
import {
  applyContact,
  buildApplicantProfile,
  modelSafeApplicant,
  resolveContact,
  splitName,
} from "@vanta/shared/resume/applicant-json";
import { resumeToText } from "@vanta/shared/resume/to-text";
import { describe, expect, it } from "vitest";

const basics = {
  name: "Mary Ann Smith",
  email: "mary@example.com",
  url: "https://mary.dev",
  profiles: [
    { network: "LinkedIn", url: "https://www.linkedin.com/in/mas" },
    { network: "GitHub", username: "mas", url: "https://github.com/mas" },
    { network: "Blog", url: "https://blog.example" },
  ],
};

describe("contact over the resume", () => {
  it("splits a name so that joining gives it back", () => {
    expect(splitName("Mary Ann Smith")).toEqual({ firstName: "Mary", lastName: "Ann Smith" });
    expect(splitName(undefined)).toEqual({ firstName: "", lastName: "" });
  });

  it("resolves every field from basics until typed over", () => {
    expect(resolveContact(basics, {})).toEqual({
      firstName: "Mary",
      lastName: "Ann Smith",
      email: "mary@example.com",
      phone: "",
      location: {},
      linkedin: "https://www.linkedin.com/in/mas",
      github: "https://github.com/mas",
      portfolio: "https://mary.dev",
      otherLinks: ["https://blog.example"],
    });
    expect(resolveContact(basics, { email: "", lastName: "Smith-Jones" })).toMatchObject({
      email: "",
      lastName: "Smith-Jones",
      firstName: "Mary",
    });
  });

  it("applies typed fields to basics and leaves the rest exactly as the resume has it", () => {
    expect(applyContact(basics, {})).toBe(basics);
    const out = applyContact(basics, { lastName: "Jones", email: "", github: "https://github.com/mj" });
    expect(out).toEqual({
      name: "Mary Jones",
      url: "https://mary.dev",
      profiles: [
        { network: "LinkedIn", url: "https://www.linkedin.com/in/mas" },
        { network: "Blog", url: "https://blog.example" },
        { network: "GitHub", url: "https://github.com/mj" },
      ],
    });
  });
});

describe("the applicant profile file", () => {
  const application = {
    pronouns: "she/her",
    workAuthorization: { countries: ["US"], needsSponsorship: true },
    salaryExpectation: { amount: 120000, currency: "USD", period: "year" as const },
    referralSource: "A friend",
    answers: [{ question: "Q", answer: "A" }],
  };
  const eeo = { gender: "decline", veteran: "I am not a protected veteran" };

  it("is JSON Resume + application, without the parser's confidence", () => {
    const profile = buildApplicantProfile({
      resume: { basics, work: [{ name: "Acme" }], meta: { confidence: { basics: 0.4 }, unplaced: ["??"] } },
      contact: {},
      application,
      eeo,
    });
    expect(ApplicantProfile.parse(profile)).toEqual(profile);
    expect(profile.meta).toEqual({ unplaced: ["??"] });
    expect(profile.application?.eeo).toEqual(eeo);
    expect(buildApplicantProfile({ resume: null, contact: {}, application: { answers: [] }, eeo: null })).toEqual({
      application: { answers: [] },
    });
  });

  it("has a model-safe form without self-identification, sponsorship or salary", () => {
    const full = buildApplicantProfile({ resume: { basics }, contact: {}, application, eeo });
    const safe = modelSafeApplicant(full);
    const text = JSON.stringify(safe);
    for (const gone of ["eeo", "decline", "protected veteran", "needsSponsorship", "salaryExpectation", "120000"])
      expect(text).not.toContain(gone);
    expect(safe.application).toEqual({
      pronouns: "she/her",
      workAuthorization: { countries: ["US"] },
      referralSource: "A friend",
      answers: [{ question: "Q", answer: "A" }],
    });
    expect(safe.basics).toEqual(basics);
  });
});

describe("resumeToText", () => {
  it("writes every section and the unplaced lines; Present for an open end date", () => {
    const text = resumeToText({
      basics: { name: "Jo", label: "Engineer" },
      work: [{ position: "Dev", name: "Acme", startDate: "2020-01", highlights: ["Shipped X"] }],
      education: [{ institution: "Uni", studyType: "BSc", area: "CS" }],
      skills: [{ name: "Languages", keywords: ["Go", "Rust"] }],
      meta: { unplaced: ["a stray line"] },
    });
    expect(text).toContain("Dev · Acme · 2020-01 – Present");
    expect(text).toContain("- Shipped X");
    expect(text).toContain("BSc · CS · Uni");
    expect(text).toContain("Languages · Go, Rust");
    expect(text).toContain("a stray line");
    expect(resumeToText({})).toBe("");
  });
});
