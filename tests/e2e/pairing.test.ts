import { listOutbox, readOutboxMessage } from "@vanta/server/ports/email/outbox-reader";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  type ExtensionBrowser,
  launchWithExtension,
  OptionsPage,
  PopupPage,
  pairExtension,
  storedToken,
} from "../support/browser.ts";
import { ClosedShadowLocator } from "../support/closed-shadow.ts";
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

test("the pairing link printed by the server connects with one click on its page; the old token is revoked", async () => {
  const before = await storedToken(ext);
  const { url } = await server.pairingCode("link-user@test.vanta.localhost");
  const page = await ext.context.newPage();
  await page.goto(url);
  // The page is the configured server's own /pair page: one trusted click connects.
  const connect = new ClosedShadowLocator(page, "vanta-connect");
  await connect.click();
  await expect.poll(() => connect.textContent()).toBe("Connected as link-user@test.vanta.localhost");
  const popup = await PopupPage.open(ext);
  await expect.poll(() => popup.status().getAttribute("data-state")).toBe("connected");
  // Re-pairing signed the previous session out on the server.
  expect(await storedToken(ext)).not.toBe(before);
  await expect(server.caller(before).auth.me.query()).rejects.toThrow(/Sign in or pair/);
  await popup.page.close();
  await page.close();
});

test("page script cannot see or click the Connect button (closed shadow root, trusted clicks only)", async () => {
  const { url } = await server.pairingCode("script-user@test.vanta.localhost");
  const page = await ext.context.newPage();
  await page.goto(url);
  const connect = new ClosedShadowLocator(page, "vanta-connect");
  await connect.waitFor();
  const seen = await page.evaluate(() => {
    const host = document.querySelector("vanta-pair") as HTMLElement | null;
    host?.click();
    host?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    return {
      host: Boolean(host),
      shadowRoot: host?.shadowRoot ?? null,
      found: document.querySelectorAll("[data-testid=vanta-connect]").length,
    };
  });
  expect(seen).toEqual({ host: true, shadowRoot: null, found: 0 });
  await new Promise((r) => setTimeout(r, 500));
  expect(await connect.textContent()).toBe("Connect this browser to Vanta");
  const status = await PopupPage.open(ext);
  await expect.poll(() => status.status().textContent()).toBe("Connected");
  expect(await status.page.getByText("script-user@test.vanta.localhost").count()).toBe(0);
  await status.page.close();
  await page.close();
});

test("a pairing page of another server only connects after the user confirms it on the options page", async () => {
  const other = await startTestServer();
  try {
    const before = await storedToken(ext);
    const { url } = await other.pairingCode("other-server@test.vanta.localhost");
    const page = await ext.context.newPage();
    await page.goto(url);
    const optionsOpened = ext.context.waitForEvent("page", { predicate: (p) => p.url().includes("options.html") });
    await new ClosedShadowLocator(page, "vanta-connect").click();
    const options = await optionsOpened;
    await expect.poll(() => new ClosedShadowLocator(page, "vanta-connect").textContent()).toMatch(/Confirm the server/);
    // Nothing changed yet: still paired with the first server.
    expect(await storedToken(ext)).toBe(before);
    const card = options.getByTestId("confirm-server");
    await card.waitFor({ timeout: 10_000 });
    expect(await card.textContent()).toContain(other.url);
    await options.getByRole("button", { name: `Connect to ${other.url}` }).click();
    await expect
      .poll(() => options.getByTestId("connection-status").getAttribute("data-state"), { timeout: 10_000 })
      .toBe("connected");
    const stored = await ext.worker.evaluate(
      async () =>
        (await (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<object> } } } }
        ).chrome.storage.local.get(["session", "serverUrl"])) as never,
    );
    expect(stored).toMatchObject({
      serverUrl: other.url,
      session: { user: { email: "other-server@test.vanta.localhost" } },
    });
    await expect(server.caller(before).auth.me.query()).rejects.toThrow(/Sign in or pair/);
    // Disconnect signs out on that server too.
    const otherToken = await storedToken(ext);
    await options.getByRole("button", { name: "Disconnect" }).click();
    await expect
      .poll(() =>
        other
          .caller(otherToken)
          .auth.me.query()
          .then(
            () => "live",
            () => "revoked",
          ),
      )
      .toBe("revoked");
    await options.close();
    await page.close();
  } finally {
    await other.close();
  }
});

test("email magic link: request it, paste the link from the mail, connected", async () => {
  // Pair with the first server again, then Disconnect: the token is revoked on the server too.
  await pairExtension(ext, server.url, (await server.pairingCode()).code);
  const paired = await storedToken(ext);
  const options = await OptionsPage.open(ext);
  await options.page.getByRole("button", { name: "Disconnect" }).click();
  await expect
    .poll(() =>
      server
        .caller(paired)
        .auth.me.query()
        .then(
          () => "live",
          () => "revoked",
        ),
    )
    .toBe("revoked");
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
