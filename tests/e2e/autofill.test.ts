import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type ExtensionBrowser,
  launchWithExtension,
  pairExtension,
  SCREENSHOT_DIR,
  SidePanelPage,
  storedToken,
  tabIdFor,
} from "../support/browser.ts";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

// Autofill end to end: real build, headless Chromium, local pages imitating the new Greenhouse form
// (React-like state + react-select comboboxes), a Lever form and a two-step Workday wizard, a real server.
// The Autofill UI lives in a closed shadow root, so it is driven like a person would: by clicking where
// it is drawn (trusted mouse events); its state is mirrored on the host as data-vanta-state.

let server: TestServer;
let pages: FixtureServer;
let ext: ExtensionBrowser;
let token: string;

const FIXTURES = join(import.meta.dirname, "../fixtures/autofill");
const routes = {
  "/greenhouse-app/acme/jobs/77": "../autofill/greenhouse/job-boards.html",
  "/lever-app/acme/4b1e0c1a/apply": "../autofill/lever/apply.html",
  "/workday-app/acme/job/apply": "../autofill/workday/wizard.html",
};
const RESUME_TEXT = [
  "Maya Okafor",
  "maya.okafor@example.org · +1 415 555 0142 · Oakland, CA",
  "Experience",
  "Senior Technical Program Manager, Northwind Robotics — 2021 - present",
  "Program Manager, Bluefin Logistics — 2017 - 2021",
  "Education",
  "University of Washington — B.S. Industrial Engineering",
  "Skills: Program Management, Release Engineering",
].join("\n");

const state = (page: Page) => page.locator("vanta-autofill").getAttribute("data-vanta-state");
const waitState = (page: Page, s: string) =>
  page.locator(`vanta-autofill[data-vanta-state="${s}"]`).waitFor({ state: "attached", timeout: 15_000 });

/** The panel is fixed at the bottom right (16 px margins, 380 px wide when open). */
async function clickAutofill(page: Page) {
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 860 };
  await page.mouse.click(width - 16 - 40, height - 16 - 14);
}
/** The first footer button (Fill / Autofill next step) of the open panel. */
async function clickPrimary(page: Page) {
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 860 };
  await page.mouse.click(width - 16 - 380 + 12 + 18, height - 16 - 1 - 22);
}

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(pages.urlFor(path));
  await waitState(page, "idle");
  return page;
}

async function appliedWithPacket(url: string) {
  const caller = server.caller(token);
  const { cards } = await caller.applications.list.query({});
  const card = cards.find((c) => !!c.url && (c.url === url || url.startsWith(c.url)));
  if (!card) return null;
  const detail = await caller.applications.get.query({ id: card.id });
  const event = detail.events.find((e) => e.type === "applied");
  return event ? { stage: card.stage, packet: event.detail.packet as Record<string, unknown> } : null;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startTestServer();
  pages = await startFixtureServer(routes);
  ext = await launchWithExtension();
  await pairExtension(ext, server.url, (await server.pairingCode()).code);
  token = await storedToken(ext);
  const caller = server.caller(token);
  const profile = JSON.parse(readFileSync(join(FIXTURES, "applicant.json"), "utf8"));
  await caller.applicant.import.mutate({ profile });
  const { application: _a, ...resume } = profile;
  const up = await caller.resumes.upload.mutate({
    filename: "maya-okafor.txt",
    mimeType: "text/plain",
    contentBase64: Buffer.from(RESUME_TEXT).toString("base64"),
  });
  await caller.resumes.save.mutate({
    resume,
    file: { fileId: up.file.fileId, filename: up.file.filename, mimeType: up.file.mimeType },
    makeDefault: true,
  });
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await server?.close();
});

describe("autofill", () => {
  test("new Greenhouse form: review, fill through React-like state, never submit; the user submits → Applied with its packet", async () => {
    const page = await open("/greenhouse-app/acme/jobs/77");
    await clickAutofill(page);
    await waitState(page, "review");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "autofill-review.png") });
    await clickPrimary(page);
    await waitState(page, "filled");

    // The page's own state (what its submit handler reads) holds every filled value.
    const form = (await page.evaluate(
      () => (window as unknown as { __formState: Record<string, unknown> }).__formState,
    )) as Record<string, unknown>;
    expect(form).toMatchObject({
      first_name: "Maya",
      last_name: "Okafor",
      email: "maya.okafor@example.org",
      phone: "+1 415 555 0142",
      question_101: "https://www.linkedin.com/in/maya-okafor-example",
      question_102: "No",
      question_103: "No",
      question_105: "California",
      gender: "Female",
      hispanic_ethnicity: "Decline To Self Identify",
    });
    expect(form.resume).toMatchObject({ name: "maya-okafor.txt", head: "Maya " });
    // Sensitive questions the user never answered stay empty and are marked; so is the unknown essay.
    expect(form.veteran_status).toBeUndefined();
    expect(form.disability_status).toBeUndefined();
    for (const id of ["veteran_status", "disability_status", "question_104"])
      expect(await page.locator(`#${id}`).getAttribute("data-vanta-autofill")).toBe("needs-you");
    expect(await page.locator("#first_name").getAttribute("data-vanta-autofill")).toBe("filled");
    // Nothing was submitted by us.
    expect(await page.evaluate(() => (window as unknown as { __submitted?: unknown }).__submitted)).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "autofill-filled-greenhouse.png"), fullPage: true });

    // The user answers the essay and submits.
    await page.locator("#question_104").fill("Acme builds the robots I want to ship.");
    await page.locator("#question_104").press("Tab");
    await page.locator("#submit-application").click();
    const submitted = await page.evaluate(
      () => (window as unknown as { __submitted?: Record<string, unknown> }).__submitted,
    );
    expect(submitted).toMatchObject({ first_name: "Maya", email: "maya.okafor@example.org", gender: "Female" });
    expect(submitted?.resume).toMatchObject({ name: "maya-okafor.txt" });

    await expect.poll(() => appliedWithPacket(page.url()), { timeout: 15_000 }).not.toBeNull();
    const applied = await appliedWithPacket(page.url());
    expect(applied?.stage).toBe("applied");
    expect(applied?.packet).toMatchObject({ ats: "greenhouse", resumeFilename: "maya-okafor.txt" });
    const answers = applied?.packet.answers as { label: string; value: unknown }[];
    expect(answers).toContainEqual(expect.objectContaining({ label: "Email", value: "maya.okafor@example.org" }));
    expect(answers).toContainEqual(
      expect.objectContaining({ label: "Why Acme Robotics?", value: "Acme builds the robots I want to ship." }),
    );
    await waitState(page, "applied");
    await page.close();
  });

  test("Lever form: text, select, radios, checkboxes and the resume reach the form's own FormData", async () => {
    const page = await open("/lever-app/acme/4b1e0c1a/apply");
    await clickAutofill(page);
    await waitState(page, "review");
    await clickPrimary(page);
    await waitState(page, "filled");
    expect(await page.evaluate(() => (window as unknown as { __submitted?: unknown }).__submitted)).toBeUndefined();
    expect(await page.locator('select[name="eeo[veteran]"]').inputValue()).toBe("");
    expect(await page.locator('select[name="eeo[veteran]"]').getAttribute("data-vanta-autofill")).toBe("needs-you");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "autofill-filled-lever.png"), fullPage: true });
    await page.locator('textarea[name$="[field3]"]').fill("Rebuilt a slipping launch plan.");
    await page.locator("#btn-submit").click();
    // the fixture's handler is async (it reads the file): wait for it
    await page.waitForFunction(() => !!(window as unknown as { __submitted?: unknown }).__submitted, null, {
      timeout: 10_000,
    });
    const got =
      (await page.evaluate(() => (window as unknown as { __submitted?: Record<string, unknown> }).__submitted)) ?? {};
    const card = "cards[4b1e0c1a-0000-4a6e-9d3c-000000000001]";
    expect(got).toMatchObject({
      name: "Maya Okafor",
      email: "maya.okafor@example.org",
      phone: "+1 415 555 0142",
      location: "Oakland, CA",
      org: "Northwind Robotics",
      "urls[LinkedIn]": "https://www.linkedin.com/in/maya-okafor-example",
      [`${card}[field0]`]: "No",
      [`${card}[field1]`]: "No",
      [`${card}[field2]`]: "LinkedIn",
      "eeo[gender]": "Female",
      "eeo[veteran]": "",
    });
    expect(got.resume).toMatchObject({ name: "maya-okafor.txt" });
    await expect.poll(() => appliedWithPacket(page.url()), { timeout: 15_000 }).not.toBeNull();
    await page.close();
  });

  test("two-step Workday-like wizard: fills the step on screen, offers to continue after the user moves on", async () => {
    const page = await open("/workday-app/acme/job/apply");
    await clickAutofill(page);
    await waitState(page, "review");
    await clickPrimary(page);
    await waitState(page, "filled");
    const step1 = (await page.evaluate(
      () => (window as unknown as { __formState: Record<string, unknown> }).__formState,
    )) as Record<string, unknown>;
    expect(step1).toMatchObject({
      "source--source": "LinkedIn",
      "address--countryRegion": "California",
      "name--legalName--firstName": "Maya",
      email: "maya.okafor@example.org",
    });
    // The user (never Vanta) moves to the next step.
    await page.locator("#next").click();
    await waitState(page, "next-step");
    await clickPrimary(page);
    await waitState(page, "review");
    await clickPrimary(page);
    await waitState(page, "filled");
    const step2 = (await page.evaluate(
      () => (window as unknown as { __formState: Record<string, unknown> }).__formState,
    )) as Record<string, unknown>;
    expect(step2).toMatchObject({
      "workExperience-31--jobTitle": "Senior Technical Program Manager",
      "workExperience-31--companyName": "Northwind Robotics",
      "workExperience-31--startDate-dateSectionMonth-input": "03",
      "workExperience-31--startDate-dateSectionYear-input": "2021",
      currentlyWorkHere: true,
      resume: "maya-okafor.txt",
    });
    expect(await page.evaluate(() => (window as unknown as { __submitted?: unknown }).__submitted)).toBeUndefined();
    expect(await state(page)).toBe("filled");
    await page.close();
  });

  test("side panel: the review list with a toggle per field, then fill in the page", async () => {
    const page = await open("/lever-app/acme/4b1e0c1a/apply");
    const panel = await SidePanelPage.openFor(ext, await tabIdFor(ext, page.url()));
    await panel.page.getByTestId("autofill-review").click();
    const list = panel.page.getByTestId("autofill-list");
    await list.waitFor({ timeout: 15_000 });
    await expect.poll(() => list.locator("li").count()).toBeGreaterThan(8);
    expect(await list.locator("li", { hasText: "Veteran status" }).textContent()).toContain("needs you");
    await panel.page.getByLabel("Fill Current company").uncheck();
    await panel.page.setViewportSize({ width: 400, height: 1100 });
    await panel.page.screenshot({ path: join(SCREENSHOT_DIR, "autofill-sidepanel-review.png"), fullPage: true });
    await panel.page.getByTestId("autofill-fill").click();
    await expect
      .poll(() => panel.page.getByTestId("autofill-summary").textContent(), { timeout: 15_000 })
      .toMatch(/filled/);
    expect(await page.locator('input[name="name"]').inputValue()).toBe("Maya Okafor");
    expect(await page.locator('input[name="org"]').inputValue()).toBe("");
    expect(await page.evaluate(() => (window as unknown as { __submitted?: unknown }).__submitted)).toBeUndefined();
    await panel.page.close();
    await page.close();
  });
});
