import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ensureProfile, updateProfile } from "@vanta/db/queries/profiles";
import { findUserByEmail } from "@vanta/db/queries/users";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ExtensionBrowser, launchWithExtension, OptionsPage, SCREENSHOT_DIR } from "../support/browser.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

// Issue 12 in real Chromium: the options page's Privacy section exports every row of the user's as a zip,
// then deletes the account after the email is typed; the extension ends up disconnected.
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

test("export my data downloads a zip of my rows; delete my account needs my email and signs out", async () => {
  const email = `privacy-${Date.now()}@test.vanta.localhost`;
  const { code } = await server.pairingCode(email);
  const user = await findUserByEmail(server.runtime.db, email);
  if (!user) throw new Error("no user");
  await ensureProfile(server.runtime.db, user.id);
  await updateProfile(server.runtime.db, user.id, { headline: "Privacy tester", onboardedAt: new Date() });

  const options = await OptionsPage.open(ext);
  const page = options.page;
  await options.pair(server.url, code);
  const section = page.getByTestId("privacy");
  await section.waitFor({ timeout: 15_000 });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("button", { name: "Export my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^vanta-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = unzipSync(new Uint8Array(await readFile((await download.path()) as string)));
  const account = JSON.parse(strFromU8(zip["account.json"] as Uint8Array)) as {
    tables: Record<string, Record<string, unknown>[]>;
  };
  expect(account.tables.users?.[0]?.email).toBe(email);
  expect(account.tables.profiles?.[0]?.headline).toBe("Privacy tester");
  await section.getByTestId("export-done").waitFor();

  const del = section.getByRole("button", { name: "Delete my account" });
  expect(await del.isDisabled()).toBe(true);
  await section.getByLabel("Account email").fill("someone-else@example.com");
  expect(await del.isDisabled()).toBe(true);
  await section.getByLabel("Account email").fill(email);
  await page.screenshot({ path: join(SCREENSHOT_DIR, "privacy.png"), fullPage: true });
  await del.click();
  await expect.poll(async () => (await options.status().textContent()) ?? "").not.toMatch(/connected as|Connected/i);
  await expect.poll(async () => findUserByEmail(server.runtime.db, email)).toBeNull();
});
