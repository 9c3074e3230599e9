import { fillPlan, MARK_ATTR } from "@vanta/shared/autofill/fill";
import { describe, expect, it } from "vitest";
import { loadDoc, plan } from "./fixture.ts";

// The filler over linkedom: values through the native setter with input/change events, selects by the
// form's option, marks in the page, and never a click on a submit control. (Real-browser behaviour with a
// React-like form and file upload is covered by tests/e2e/autofill.test.ts.)
describe("fillPlan", () => {
  it("fills text and selects through events, marks fields, never clicks submit", async () => {
    const doc = loadDoc("lever/apply.html");
    const heard: string[] = [];
    doc.addEventListener("input", (e) => heard.push(`input:${(e.target as HTMLInputElement).name}`));
    doc.addEventListener("change", (e) => heard.push(`change:${(e.target as HTMLInputElement).name}`));
    let submitClicks = 0;
    doc.getElementById("btn-submit")?.addEventListener("click", () => submitClicks++);
    const p = plan("lever/apply.html", "https://jobs.lever.co/acme/4b1e0c1a/apply", undefined, doc);
    const results = await fillPlan(doc, p, { off: new Set(['input[name="org"]']) });
    const name = doc.querySelector('input[name="name"]') as HTMLInputElement;
    expect(name.value).toBe("Maya Okafor");
    expect(heard).toContain("input:name");
    expect(heard).toContain("change:email");
    const sponsor = doc.querySelector('select[name$="[field0]"]') as HTMLSelectElement;
    expect(sponsor.value).toBe("No");
    expect((doc.querySelector('select[name="eeo[gender]"]') as HTMLSelectElement).value).toBe("Female");
    // switched off in the review list: left as it was
    expect((doc.querySelector('input[name="org"]') as HTMLInputElement).value).toBe("");
    expect(results.find((r) => r.selector === 'input[name="org"]')?.status).toBe("skipped");
    // unknown required and unanswered sensitive: empty, marked "needs you"
    const essay = doc.querySelector('textarea[name$="[field3]"]') as HTMLTextAreaElement;
    expect(essay.value).toBe("");
    expect(essay.getAttribute(MARK_ATTR)).toBe("needs-you");
    expect(doc.querySelector('select[name="eeo[veteran]"] option[selected]')).toBeNull();
    expect(doc.querySelector('select[name="eeo[veteran]"]')?.getAttribute(MARK_ATTR)).toBe("needs-you");
    expect(name.getAttribute(MARK_ATTR)).toBe("filled");
    // no resume given here: the upload is reported, not faked
    expect(results.find((r) => r.label === "Resume/CV")).toMatchObject({ status: "failed", reason: "no resume file" });
    expect(submitClicks).toBe(0);
  });

  it("writes a Workday month/year date section", async () => {
    const doc = loadDoc("workday/wizard.html");
    doc.getElementById("step-1")?.setAttribute("hidden", "");
    doc.getElementById("step-2")?.removeAttribute("hidden");
    const p = plan("workday/wizard.html", "https://acme.wd5.myworkdayjobs.com/x/apply", undefined, doc);
    await fillPlan(doc, { ...p, fields: p.fields.filter((f) => f.kind === "date") });
    expect((doc.getElementById("workExperience-31--startDate-dateSectionMonth-input") as HTMLInputElement).value).toBe(
      "03",
    );
    expect((doc.getElementById("workExperience-31--startDate-dateSectionYear-input") as HTMLInputElement).value).toBe(
      "2021",
    );
  });
});
