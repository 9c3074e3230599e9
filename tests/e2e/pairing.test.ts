import { listOutbox, readOutboxMessage } from "@vanta/server/ports/email/outbox-reader";
import { afterAll, beforeAll, expect, test } from "vitest";
import { type ExtensionBrowser, launchWithExtension, OptionsPage, PopupPage } from "../support/browser.ts";
import { startTestServer } from "../support/server.ts";

// Foundation requirement: the built extension loads in headless Chromium, pairs with a
// server through the pairing flow, and the popup says "connected".
let ext: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test("popup says not paired before pairing", async () => {
  const popup = await PopupPage.open(ext);
  await expect.poll(() => popup.status().textContent()).toBe("Not paired");
  await popup.page.close();
});

test("a wrong pairing code is refused with a message", async () => {
  const options = await OptionsPage.open(ext);
  await options.pair(server.url, "not-a-real-code");
  await options.page.getByRole("alert").waitFor();
  expect(await options.page.getByRole("alert").textContent()).toMatch(/invalid|expired|code/i);
  await options.page.close();
});

test("pairing with a fresh code connects, and the popup shows connected", async () => {
  const options = await OptionsPage.open(ext);
  await options.pair(server.url, (await server.pairingCode()).code);
  await expect.poll(() => options.status().getAttribute("data-state")).toBe("connected");
  const popup = await PopupPage.open(ext);
  await expect.poll(() => popup.status().getAttribute("data-state")).toBe("connected");
  expect(await popup.status().textContent()).toBe("Connected");
  // Its "Side panel" button opens the real panel (a click is a user gesture; no panel was open yet).
  const cdp = await ext.context.newCDPSession(popup.page);
  const panels = async () =>
    (await cdp.send("Target.getTargets")).targetInfos.filter((t) => t.url.endsWith("/sidepanel.html")).length;
  expect(await panels()).toBe(0);
  await popup.page.getByRole("button", { name: "Side panel" }).click();
  await expect.poll(panels, { timeout: 10_000 }).toBe(1);
  await cdp.detach();
  // The token is stored; the popup asks auth.me through the background, so this is a real round trip.
  await popup.page.close();
  await options.page.close();
});

test("the pairing link printed by the server connects with one click on its page", async () => {
  const { url } = await server.pairingCode("link-user@test.vanta.localhost");
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.getByTestId("vanta-connect").click();
  await expect
    .poll(() => page.getByTestId("vanta-connect").textContent())
    .toBe("Connected as link-user@test.vanta.localhost");
  const popup = await PopupPage.open(ext);
  await expect.poll(() => popup.status().getAttribute("data-state")).toBe("connected");
  await popup.page.close();
  await page.close();
});

test("email magic link: request it, paste the link from the mail, connected", async () => {
  const options = await OptionsPage.open(ext);
  await options.page.getByRole("button", { name: "Disconnect" }).click();
  await options.page.getByRole("tab", { name: "Email link" }).click();
  await options.page.getByLabel("Server URL").fill(server.url);
  await options.page.getByLabel("Email").fill("mail-user@test.vanta.localhost");
  await options.page.getByRole("button", { name: "Send sign-in link" }).click();
  await options.page.getByLabel("Link from the email").waitFor({ timeout: 10_000 });

  const [latest] = await listOutbox(server.outboxDir);
  const mail = await readOutboxMessage(server.outboxDir, latest!.id);
  const link = (mail?.text ?? "").match(/https?:\/\/\S+token=[\w-]+/)?.[0];
  expect(link, "the mail has a sign-in link").toBeTruthy();
  await options.page.getByLabel("Link from the email").fill(link!);
  await options.page.getByRole("button", { name: "Sign in" }).click();
  await expect.poll(() => options.status().getAttribute("data-state")).toBe("connected");
  expect(await options.page.getByText("mail-user@test.vanta.localhost").count()).toBeGreaterThan(0);
  await options.page.close();
});
