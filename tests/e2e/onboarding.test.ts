import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  type ExtensionBrowser,
  launchWithExtension,
  OptionsPage,
  SCREENSHOT_DIR,
  storedToken,
} from "../support/browser.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

// The options page wizard end to end: connect → resume → preferences & searches → digest → profile page.
let server: TestServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startTestServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const RESUME = `Jane Doe
jane@example.com

Experience
Senior Backend Engineer, Acme Payments
2019 - Present
- 7 years building payment services in TypeScript and Go on PostgreSQL and Kubernetes.
`;

test("a new user goes through the 4-step wizard and lands on the profile page", async () => {
  const options = await OptionsPage.open(ext);
  const page = options.page;
  await page.getByTestId("wizard-step-0").waitFor();
  await page.screenshot({ path: join(SCREENSHOT_DIR, "options-connect.png") });
  await options.pair(server.url, (await server.pairingCode()).code);

  await page.getByTestId("wizard-step-1").waitFor({ timeout: 15_000 });
  await page.getByLabel(/^Resume \(PDF/).setInputFiles({
    name: "resume.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(RESUME),
  });
  // the parsed resume is shown for review, then saved as a version (resume-review.test.ts covers the review)
  await page.getByTestId("resume-review").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Save resume" }).click();
  await page.getByTestId("resume-saved").waitFor({ timeout: 15_000 });
  await page.getByLabel("Skills").fill("TypeScript, Go, PostgreSQL");
  await page.getByLabel("Titles you are looking for").fill("Backend Engineer");
  await page.getByRole("button", { name: "Continue" }).click();

  await page.getByTestId("wizard-step-2").waitFor({ timeout: 15_000 });
  await page.getByLabel("Locations", { exact: true }).fill("Berlin, Remote");
  await page.getByLabel("Remote", { exact: true }).check();
  await page.getByLabel("Salary floor (yearly)").fill("90000");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("senior", { exact: true }).check();
  await page.getByLabel("I need visa sponsorship").check();
  await page.getByLabel("Companies to exclude").fill("Initech");
  await page.getByLabel("One-click Track puts new jobs in").selectOption("applied");
  await page.getByLabel("Keywords").fill("backend, typescript");
  await page.getByRole("button", { name: "Add search" }).click();
  await page.getByRole("button", { name: /Delete backend/ }).waitFor();
  await page.screenshot({ path: join(SCREENSHOT_DIR, "options-wizard.png"), fullPage: true });
  await page.getByRole("button", { name: "Continue" }).click();

  await page.getByTestId("wizard-step-3").waitFor({ timeout: 15_000 });
  // The zone defaults to the browser's own.
  expect(await page.getByLabel("Time zone").inputValue()).toBe(
    await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  );
  await page.getByLabel("Digest time").fill("07:30");
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByTestId("onboarding-done").waitFor({ timeout: 15_000 });
  await page.getByTestId("profile-page").waitFor();

  const api = server.caller(await storedToken(ext));
  const profile = await api.profile.get.query();
  expect(profile.onboardedAt).not.toBeNull();
  expect(profile.skills).toEqual(["TypeScript", "Go", "PostgreSQL"]);
  expect(profile.titles).toEqual(["Backend Engineer"]);
  expect(profile.locations).toEqual(["Berlin", "Remote"]);
  expect(profile.remote).toEqual(["remote"]);
  expect(profile).toMatchObject({ minSalary: 90000, currency: "EUR", visaNeeded: true, digestTime: "07:30" });
  expect(profile.seniority).toEqual(["senior"]);
  expect(profile.excludedCompanies).toEqual(["Initech"]);
  expect(profile.trackStage).toBe("applied");
  expect(profile.resume?.textLength).toBeGreaterThan(50);
  const searches = await api.searches.list.query();
  expect(searches.map((s) => s.keywords)).toEqual([["backend", "typescript"]]);

  // The profile page edits the same data.
  await page.reload();
  await page.getByTestId("profile-page").waitFor({ timeout: 15_000 });
  await page.getByLabel("Companies to exclude").fill("Initech, Globex");
  await page.getByRole("button", { name: "Save" }).nth(1).click();
  await expect.poll(async () => (await api.profile.get.query()).excludedCompanies).toEqual(["Initech", "Globex"]);
  await page.screenshot({ path: join(SCREENSHOT_DIR, "options-profile.png"), fullPage: true });
});
