import { describe, expect, it } from "vitest";
import { applicant, field, plan } from "./fixture.ts";

const URL = "https://jobs.lever.co/acme/4b1e0c1a/apply";

describe("lever adapter", () => {
  it("reads the label rows, custom cards (select, radios, checkboxes, textarea) and EEO selects", () => {
    const p = plan("lever/apply.html", URL);
    expect(p.ats).toBe("lever");
    expect(field(p, /^Resume/)).toMatchObject({
      kind: "file",
      action: "upload",
      required: true,
      selector: "#resume-upload-input",
    });
    expect(field(p, /^Full name/)).toMatchObject({ value: "Maya Okafor", selector: 'input[name="name"]' });
    expect(field(p, /^Current company/)).toMatchObject({ value: "Northwind Robotics", source: "work[0].name" });
    expect(field(p, /^GitHub/)).toMatchObject({
      value: "https://github.com/maya-okafor-example",
      source: "basics.profiles[1].url",
    });
    expect(field(p, /relocating/)).toMatchObject({
      kind: "radio",
      value: "No",
      selector: 'input[type="radio"][name="cards[4b1e0c1a-0000-4a6e-9d3c-000000000001][field1]"]',
      required: true,
    });
    expect(field(p, /hear about us/)).toMatchObject({
      kind: "checkbox",
      value: ["LinkedIn"],
      source: "application.referralSource",
    });
    expect(field(p, /turned around/)).toMatchObject({ kind: "textarea", action: "ask", required: true });
    expect(field(p, /^Race/)).toMatchObject({ kind: "select", action: "ask", value: null });
    expect(field(p, /^Veteran/)).toMatchObject({ action: "ask", value: null });
  });

  it("answers a veteran question in the user's words with the form's wording", () => {
    const who = applicant({ application: { eeo: { veteran: "No", race: "decline" }, answers: [] } });
    const p = plan("lever/apply.html", URL, who);
    expect(field(p, /^Veteran/)).toMatchObject({ value: "I am not a veteran", source: "application.eeo.veteran" });
    expect(field(p, /^Race/)).toMatchObject({ value: "Decline to self-identify" });
  });
});
