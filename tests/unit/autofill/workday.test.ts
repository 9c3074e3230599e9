import { workday } from "@vanta/shared/autofill/ats/workday/index";
import { describe, expect, it } from "vitest";
import { applicant, field, loadDoc, plan } from "./fixture.ts";

const URL = "https://acme.wd5.myworkdayjobs.com/en-US/careers/job/Oakland/Senior-PM_R123/apply/applyManually";

describe("workday adapter (multi-step wizard)", () => {
  it("plans only the step on screen: My Information with its button dropdowns", () => {
    const doc = loadDoc("workday/wizard.html");
    expect(workday.step?.(doc)).toEqual({ name: "My Information", index: 0, total: 2 });
    const p = plan("workday/wizard.html", URL, applicant(), doc);
    expect(p.ats).toBe("workday");
    expect(p.fields.map((f) => f.label)).toEqual([
      "How Did You Hear About Us?",
      "First Name",
      "Last Name",
      "City",
      "State",
      "Email Address",
      "Phone Number",
    ]);
    expect(field(p, /Hear About/)).toMatchObject({ kind: "combobox", value: "LinkedIn", required: true });
    expect(field(p, /^State/)).toMatchObject({ kind: "combobox", value: "CA", source: "basics.location.region" });
  });

  it("plans My Experience when the user moves on: work entry, month/year date, current job, resume", () => {
    const doc = loadDoc("workday/wizard.html");
    doc.getElementById("step-1")?.setAttribute("hidden", "");
    doc.getElementById("step-2")?.removeAttribute("hidden");
    const p = plan("workday/wizard.html", URL, applicant(), doc);
    expect(field(p, /^Job Title/)).toMatchObject({
      value: "Senior Technical Program Manager",
      source: "work[0].position",
    });
    expect(field(p, /^Company/)).toMatchObject({ value: "Northwind Robotics", source: "work[0].name" });
    expect(field(p, /currently work here/)).toMatchObject({
      kind: "checkbox",
      value: "Yes",
      source: "work[0].endDate",
    });
    expect(field(p, /^From/)).toMatchObject({
      kind: "date",
      value: "2021-03",
      selector: "#workExperience-31--startDate",
      required: true,
    });
    expect(field(p, /Select files|Resume/)).toMatchObject({ kind: "file", action: "upload" });
  });
});
