import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AutofillPlan } from "@vanta/shared/autofill/types";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "./fixture.ts";

const ROOT = join(FIXTURES, "../../..");
const run = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "server/src/cli/main.ts", "autofill-plan", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });

describe("vanta autofill-plan", () => {
  it("prints {ats, fields} as one JSON line", () => {
    const r = run(
      "--url",
      "https://jobs.lever.co/acme/4b1e0c1a/apply",
      "--profile",
      join(FIXTURES, "applicant.json"),
      join(FIXTURES, "lever/apply.html"),
    );
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    const plan = AutofillPlan.parse(JSON.parse(r.stdout));
    expect(plan.ats).toBe("lever");
    expect(plan.fields.find((f) => f.label === "Email")).toMatchObject({
      value: "maya.okafor@example.org",
      action: "fill",
    });
  });

  it("exits 2 when the page has no application form", () => {
    const page = join(tmpdir(), "vanta-autofill-no-form.html");
    writeFileSync(
      page,
      "<html><body><h1>About us</h1><form><input type=email placeholder=Newsletter></form></body></html>",
    );
    const r = run("--url", "https://example.org/about", "--profile", join(FIXTURES, "applicant.json"), page);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/no application form/);
  });

  it("exits 2 with the field when the profile is not an applicant profile", () => {
    const bad = join(tmpdir(), "vanta-autofill-bad-profile.json");
    writeFileSync(bad, JSON.stringify({ basics: { email: 42 } }));
    const r = run("--url", "https://jobs.lever.co/a/b/apply", "--profile", bad, join(FIXTURES, "lever/apply.html"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/basics\.email/);
  });
});
