import { planAutofill } from "@vanta/shared/autofill/index";
import { describe, expect, it } from "vitest";
import { applicant, field, loadDoc, plan } from "./fixture.ts";

const URL_NEW = "https://job-boards.greenhouse.io/acme/jobs/77";

describe("greenhouse adapter — job-boards React form", () => {
  it("reads every control with its question, comboboxes with the options the page embeds", () => {
    const p = plan("greenhouse/job-boards.html", URL_NEW);
    expect(p.ats).toBe("greenhouse");
    expect(p.fields.map((f) => f.label)).toEqual([
      "First Name",
      "Last Name",
      "Email",
      "Phone",
      "Resume/CV",
      "LinkedIn Profile",
      "Will you now or in the future require visa sponsorship to work in the United States?",
      "Have you ever worked for Acme Robotics?",
      "Why Acme Robotics?",
      "Which state do you currently reside in?",
      "Gender",
      "Are you Hispanic/Latino?",
      "Veteran Status",
      "Disability Status",
    ]);
    expect(field(p, /^First Name/)).toMatchObject({
      kind: "text",
      value: "Maya",
      action: "fill",
      source: "basics.name",
      required: true,
    });
    expect(field(p, /^Email/)).toMatchObject({
      value: "maya.okafor@example.org",
      source: "basics.email",
      selector: "#email",
    });
    expect(field(p, /^Resume/)).toMatchObject({ kind: "file", action: "upload", source: "resume", required: true });
    expect(field(p, /sponsorship/)).toMatchObject({
      kind: "combobox",
      value: "No",
      action: "fill",
      source: "application.workAuthorization.needsSponsorship",
    });
    // the state question answered from basics.location.region ("CA") with the form's own option text
    expect(field(p, /state do you/)).toMatchObject({ value: "California", source: "basics.location.region" });
  });

  it("asks for a required question it cannot answer and leaves it empty", () => {
    const p = plan("greenhouse/job-boards.html", URL_NEW);
    expect(field(p, /Why Acme/)).toMatchObject({
      kind: "textarea",
      action: "ask",
      value: null,
      source: null,
      required: true,
    });
  });

  it("fills sensitive questions only from the applicant's answers; decline maps to the form's decline option", () => {
    const p = plan("greenhouse/job-boards.html", URL_NEW);
    expect(field(p, /^Gender/)).toMatchObject({ value: "Female", source: "application.eeo.gender", action: "fill" });
    expect(field(p, /Hispanic/)).toMatchObject({
      value: "Decline To Self Identify",
      source: "application.eeo.hispanicLatino",
    });
    for (const label of [/^Veteran/, /^Disability/])
      expect(field(p, label)).toMatchObject({ action: "ask", value: null });
    const none = plan("greenhouse/job-boards.html", URL_NEW, applicant({ application: { answers: [] } }));
    for (const label of [/^Gender/, /Hispanic/, /^Veteran/, /^Disability/, /sponsorship/])
      expect(field(none, label)).toMatchObject({ action: "ask", value: null, source: null });
  });

  it("derives 'Have you worked at X?' from the work history", () => {
    expect(field(plan("greenhouse/job-boards.html", URL_NEW), /worked for Acme/)).toMatchObject({
      value: "No",
      source: "work",
    });
    const alum = applicant({
      work: [
        { name: "Northwind Robotics", position: "TPM", startDate: "2021-03" },
        { name: "Acme Robotics, Inc.", position: "PM", startDate: "2015-01", endDate: "2017-05" },
      ],
    });
    expect(field(plan("greenhouse/job-boards.html", URL_NEW, alum), /worked for Acme/)).toMatchObject({
      value: "Yes",
      source: "work[1].name",
    });
  });

  it("is recognized by markup on another host", () => {
    expect(plan("greenhouse/job-boards.html", "http://127.0.0.1:4000/greenhouse/acme/jobs/77/apply").ats).toBe(
      "greenhouse",
    );
  });
});

describe("greenhouse adapter — classic boards form", () => {
  const URL_OLD = "https://boards.greenhouse.io/pinecrest/jobs/5";

  it("reads wrapped labels and selects; sensitive salary and felony questions ask without the user's answer", () => {
    const p = plan("greenhouse/classic.html", URL_OLD);
    expect(field(p, /authorized to work/)).toMatchObject({
      kind: "select",
      value: "Yes",
      source: "application.workAuthorization.countries",
    });
    expect(field(p, /salary/)).toMatchObject({ action: "ask", value: null });
    expect(field(p, /felony/)).toMatchObject({ action: "ask", value: null, required: true });
    expect(field(p, /LinkedIn/)).toMatchObject({ value: "https://www.linkedin.com/in/maya-okafor-example" });
  });

  it("fills them from what the user gave (salary expectation, an answer-bank entry worded differently)", () => {
    const who = applicant({
      application: {
        salaryExpectation: { amount: 185000, currency: "USD", period: "year" },
        answers: [{ question: "Have you been convicted of a crime (felony)?", answer: "No" }],
      },
    });
    const p = plan("greenhouse/classic.html", URL_OLD, who);
    expect(field(p, /salary/)).toMatchObject({
      value: "185,000 USD per year",
      source: "application.salaryExpectation",
    });
    expect(field(p, /felony/)).toMatchObject({ value: "No", source: "application.answers[0]" });
  });

  it("never reads a page without an application form as one", () => {
    const doc = loadDoc("generic/careers.html");
    doc.getElementById("apply")?.remove();
    expect(planAutofill(doc, "https://tidepool.example/careers", applicant())).toBeNull();
  });
});
