import { describe, expect, it } from "vitest";
import { applicant, field, plan } from "./fixture.ts";

describe("ashby adapter", () => {
  it("takes titles, required flags and options from window.__appData", () => {
    const p = plan("ashby/application.html", "https://jobs.ashbyhq.com/larkspur/1/application");
    expect(p.ats).toBe("ashby");
    expect(field(p, /^Name/)).toMatchObject({ value: "Maya Okafor", required: true });
    expect(field(p, /^Resume/)).toMatchObject({ action: "upload", required: true });
    expect(field(p, /sponsorship/)).toMatchObject({ kind: "radio", value: "No", required: true });
    expect(field(p, /pronouns/)).toMatchObject({ kind: "select", value: "She/her", source: "application.pronouns" });
    expect(field(p, /^Gender/)).toMatchObject({ kind: "combobox", value: "Female" });
  });
});

describe("smartrecruiters adapter", () => {
  it("reads the one-click form and asks for the screening question it cannot answer", () => {
    const p = plan(
      "smartrecruiters/apply.html",
      "https://jobs.smartrecruiters.com/oneclick-ui/company/Northgate/publication/1",
    );
    expect(p.ats).toBe("smartrecruiters");
    expect(field(p, /^Confirm your email/)).toMatchObject({ kind: "email", value: "maya.okafor@example.org" });
    expect(field(p, /^LinkedIn/)).toMatchObject({
      kind: "url",
      value: "https://www.linkedin.com/in/maya-okafor-example",
    });
    expect(field(p, /travel/)).toMatchObject({ kind: "radio", action: "ask", required: true });
    expect(field(p, /hiring manager/)).toMatchObject({ action: "skip" });
  });
});

describe("icims adapter", () => {
  it("maps PersonProfileFields ids and the state select", () => {
    const p = plan("icims/profile.html", "https://careers-harbor.icims.com/jobs/1/candidate");
    expect(p.ats).toBe("icims");
    expect(field(p, /^First Name/)).toMatchObject({
      value: "Maya",
      selector: '[id="-1_PersonProfileFields.FirstName"]',
    });
    expect(field(p, /^State/)).toMatchObject({ value: "California" });
    expect(field(p, /^Veteran/)).toMatchObject({ action: "ask" });
    const vet = plan(
      "icims/profile.html",
      "https://careers-harbor.icims.com/jobs/1/candidate",
      applicant({ application: { eeo: { veteran: "decline" } } }),
    );
    expect(field(vet, /^Veteran/)).toMatchObject({ value: "I choose not to self-identify" });
  });
});

describe("generic adapter", () => {
  it("picks the application form over a newsletter box and reads questions by meaning", () => {
    const p = plan("generic/careers.html", "https://tidepool.example/careers/apply");
    expect(p.ats).toBe("generic");
    expect(p.fields.some((f) => /job alerts/i.test(f.label))).toBe(false);
    expect(field(p, /^Your name/)).toMatchObject({ value: "Maya Okafor", selector: 'input[name="fullname"]' });
    expect(field(p, /^Email address/)).toMatchObject({ value: "maya.okafor@example.org" });
    expect(field(p, /^City/)).toMatchObject({ value: "Oakland", source: "basics.location.city" });
    expect(field(p, /sponsorship/)).toMatchObject({ kind: "radio", value: "No" });
    // answer bank by meaning: "open to working in-person in one of our offices part of the week"
    expect(field(p, /office in person/)).toMatchObject({ value: "Yes", source: "application.answers[0]" });
    // "2 weeks notice" is not a date: a date input stays for the user
    expect(field(p, /start date/)).toMatchObject({ kind: "date", action: "skip" });
    expect(field(p, /^CV/)).toMatchObject({ action: "upload", required: true });
  });
});
