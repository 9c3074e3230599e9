import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { makePdf } from "../integration/domain/files.ts";
import {
  type ExtensionBrowser,
  launchWithExtension,
  OptionsPage,
  SCREENSHOT_DIR,
  storedToken,
} from "../support/browser.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

// Issue 7 in real Chromium: the wizard's resume step uploads a PDF, shows what was parsed for review, the user
// fixes an employer and saves → a version exists and the profile's titles are pre-filled; then the applicant
// profile (self-identification with "Decline to answer", sponsorship, answer bank) and its JSON download.
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

const RESUME = [
  "Jane Doe",
  "jane.doe@example.com | +1 415 555 0142",
  "",
  "Experience",
  "Senior Backend Engineer, Acme Payments",
  "Jan 2020 - Present",
  "- Built the payment ledger in TypeScript and PostgreSQL",
  "Backend Engineer, Initech",
  "Jun 2016 - Dec 2019",
  "- Moved billing to Kubernetes",
  "",
  "Education",
  "BSc Computer Science, University of Leeds",
  "2012 - 2016",
  "",
  "Skills",
  "TypeScript, PostgreSQL, Kubernetes, Go",
];

test("upload a PDF in the wizard, review and fix it, save a version, then fill the applicant profile", async () => {
  const pdf = Buffer.from(makePdf(RESUME));
  const options = await OptionsPage.open(ext);
  const page = options.page;
  await page.getByTestId("wizard-step-0").waitFor();
  await options.pair(server.url, (await server.pairingCode()).code);
  await page.getByTestId("wizard-step-1").waitFor({ timeout: 15_000 });

  await page.getByLabel(/^Resume \(PDF/).setInputFiles({ name: "jane.pdf", mimeType: "application/pdf", buffer: pdf });
  const review = page.getByTestId("resume-review");
  await review.waitFor({ timeout: 15_000 });
  // every parsed field is on screen and editable
  await expect.poll(() => page.getByLabel("Full name").inputValue()).toBe("Jane Doe");
  expect(await page.getByLabel("Email").inputValue()).toBe("jane.doe@example.com");
  expect(await page.locator("#rv-work-0-name").inputValue()).toBe("Acme Payments");
  expect(await page.locator("#rv-work-1-name").inputValue()).toBe("Initech");
  expect(await page.locator("#rv-work-0-position").inputValue()).toBe("Senior Backend Engineer");
  expect(await page.locator("#rv-education-0-startDate").inputValue()).toBe("2012");
  // each section shows the parser's confidence; the low ones are marked for a closer look
  for (const section of ["basics", "work", "education", "skills"])
    await expect.poll(() => review.locator(`[data-section=${section}] .badge`).count()).toBe(1);
  const lowBadges = await review.locator("[data-low-confidence=true] .badge").allTextContents();
  for (const text of lowBadges) expect(text).toMatch(/Check this/);

  // fix an employer and add a bullet to that job; set the school and field apart
  await page.locator("#rv-work-1-name").fill("Initech Corp");
  await page.locator("#rv-education-0-institution").fill("University of Leeds");
  await page.locator("#rv-education-0-area").fill("Computer Science");
  // entries can be added and removed: a second school, typed then removed again; a new skill group kept
  await page.getByRole("button", { name: "Add school" }).click();
  await page.locator("#rv-education-1-institution").fill("Leeds College of Music");
  await page.getByRole("button", { name: "Remove school 2" }).click();
  await expect.poll(() => page.locator("#rv-education-1-institution").count()).toBe(0);
  await page.getByRole("button", { name: "Add skill group" }).click();
  await page.locator("#rv-skills-1-name").fill("Languages");
  await page.locator("#rv-skills-1-keywords").fill("English, German");
  await page.getByTestId("review-work-1").getByRole("button", { name: "+ Bullet" }).click();
  await page.locator("#rv-work-1-highlights-1").fill("Cut invoice runs from hours to minutes");
  await page.screenshot({ path: join(SCREENSHOT_DIR, "resume-review.png"), fullPage: true });
  await page.getByRole("button", { name: "Save resume" }).click();
  await page.getByTestId("resume-saved").waitFor({ timeout: 15_000 });

  const api = server.caller(await storedToken(ext));
  const versions = await api.resumes.list.query();
  expect(versions).toHaveLength(1);
  expect(versions[0]).toMatchObject({ isDefault: true, hasOriginal: true, filename: "jane.pdf", label: "Jane Doe" });
  const saved = await api.resumes.get.query({ id: versions[0]!.id });
  expect(saved.resume.work?.map((w) => w.name)).toEqual(["Acme Payments", "Initech Corp"]);
  expect(saved.resume.work?.[1]?.highlights).toContain("Cut invoice runs from hours to minutes");
  expect(saved.resume.education).toEqual([
    expect.objectContaining({ institution: "University of Leeds", area: "Computer Science" }),
  ]);
  expect(saved.resume.skills?.[1]).toEqual({ name: "Languages", keywords: ["English", "German"] });
  const profile = await api.profile.get.query();
  expect(profile.titles).toEqual(["Senior Backend Engineer", "Backend Engineer"]);
  expect(profile.seniority).toEqual(["senior"]);
  // the wizard's titles input shows the pre-filled titles
  expect(await page.getByLabel("Titles you are looking for").inputValue()).toBe(
    "Senior Backend Engineer, Backend Engineer",
  );

  // the original downloads byte for byte
  await page.getByTestId("resume-version").waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download original" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("jane.pdf");
  expect((await readFile((await download.path()) ?? "")).equals(pdf)).toBe(true);

  // through the wizard to the profile page
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByTestId("wizard-step-2").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByTestId("wizard-step-3").waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: "Finish" }).click();
  await page.getByTestId("profile-page").waitFor({ timeout: 15_000 });
  expect((await api.profile.get.query()).titles).toEqual(["Senior Backend Engineer", "Backend Engineer"]);

  // the applicant profile: contact from the resume, answers typed by the user
  const applicant = page.getByTestId("applicant-section");
  await expect.poll(() => applicant.getByLabel("First name").inputValue(), { timeout: 15_000 }).toBe("Jane");
  expect(await applicant.getByLabel("Last name").inputValue()).toBe("Doe");
  await applicant.getByLabel("Pronouns").fill("she/her");
  await applicant.getByLabel("Countries where you may work without sponsorship").fill("US, CA");
  await applicant.getByLabel("Will you now or in the future need visa sponsorship?").selectOption("no");
  await applicant.getByLabel("Amount").fill("165000");
  await applicant.getByLabel("Gender").selectOption("Woman");
  await applicant.getByLabel("Race").selectOption({ label: "Decline to answer" });
  await applicant.getByLabel("Veteran status").selectOption({ label: "Decline to answer" });
  await applicant.getByRole("button", { name: "Add answer" }).click();
  await applicant.getByLabel("Question 1").fill("Why Acme?");
  await applicant.getByLabel("Answer 1").fill("I like ledgers.");
  await applicant.getByRole("button", { name: "Save applicant profile" }).click();
  await expect
    .poll(async () => (await api.applicant.get.query()).application.answers)
    .toEqual([{ question: "Why Acme?", answer: "I like ledgers." }]);
  const stored = (await api.applicant.get.query()).application;
  expect(stored).toMatchObject({
    pronouns: "she/her",
    workAuthorization: { countries: ["US", "CA"], needsSponsorship: false },
    salaryExpectation: { amount: 165000, currency: "USD", period: "year" },
    eeo: { gender: "Woman", race: "decline", veteran: "decline" },
  });
  expect(stored.eeo?.disability).toBeUndefined(); // unanswered stays unanswered, never guessed
  await applicant.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOT_DIR, "applicant-profile.png"), fullPage: true });

  const [file] = await Promise.all([
    page.waitForEvent("download"),
    applicant.getByRole("button", { name: "Download my applicant profile" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe("applicant-profile.json");
  const json = JSON.parse(await readFile((await file.path()) ?? "", "utf8"));
  expect(json.basics.name).toBe("Jane Doe");
  expect(json.work.map((w: { name: string }) => w.name)).toEqual(["Acme Payments", "Initech Corp"]);
  expect(json.application.eeo).toEqual({ gender: "Woman", race: "decline", veteran: "decline" });
  expect(json).toEqual(await api.applicant.export.query());
});
