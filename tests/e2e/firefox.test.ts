import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type Firefox, firefoxAvailable, launchFirefoxWithExtension } from "../support/firefox-bidi.ts";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

// The Firefox build (.output/firefox-mv2) for real, in Firefox ESR over WebDriver BiDi: pair on the
// options page, open a board-like posting page (the content script captures it), the sidebar shows
// the server's score, Track → the card is on the server. A headless Firefox has no sidebar to open,
// so the sidebar's page (sidepanel.html, the manifest's sidebar_action panel) is evaluated as a
// moz-extension:// tab pointed at the posting's tab, as the Chromium e2e does for the side panel.
// BiDi refuses to navigate a tab to moz-extension:// URLs, so extension pages are opened by the
// extension itself: pairing from the server's /pair page opens the options tab (confirm the server),
// and that tab opens the sidebar page through browser.tabs.create.

const EXTENSION_DIR = resolve(import.meta.dirname, "../../.output/firefox-mv2");
const POSTING = "/greenhouse/acme/jobs/123";

let server: TestServer;
let pages: FixtureServer;
let ff: Firefox;
let token: string;
/** the extension's options tab (opened by the extension itself: BiDi may not navigate to moz-extension://) */
let options: string;

describe("the extension in Firefox ESR", { timeout: 180_000 }, () => {
  beforeAll(async () => {
    // tests/scripts/ensure-services.sh installs it (apt); a missing browser is a failure, not a skip
    if (!firefoxAvailable())
      throw new Error("Firefox ESR not found: apt-get install firefox-esr (or set FIREFOX_PATH)");
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, "manifest.json"), "utf8"));
    server = await startTestServer();
    pages = await startFixtureServer();
    ff = await launchFirefoxWithExtension({
      extensionDir: EXTENSION_DIR,
      geckoId: manifest.browser_specific_settings.gecko.id,
    });
  });

  afterAll(async () => {
    await ff?.close();
    await pages?.close();
    await server?.close();
  });

  test("pairs from the server's pairing page: a trusted click on Connect, then the server confirmed in the extension's tab", async () => {
    const { code } = await server.pairingCode();
    const page = await ff.open(`${server.url}/pair?code=${code}`);
    // the content script mounts its Connect button (closed shadow root) right after the code
    const rect = await ff.waitFor<{ x: number; y: number }>(
      page,
      `(() => { const host = document.querySelector("vanta-pair"); if (!host) return null; const r = host.getBoundingClientRect(); return r.height > 0 ? { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 } : null; })()`,
      30_000,
    );
    await ff.click(page, rect.x, rect.y);
    // not the configured server yet: the background opens its options page to confirm the server
    options = await ff.waitForTab(`${ff.extensionOrigin}/options.html`, 20_000);
    await ff.waitFor(options, `!!document.querySelector("[data-testid=confirm-server] button")`);
    await ff.evaluate(
      options,
      `(() => { document.querySelector("[data-testid=confirm-server] button").click(); return true; })()`,
    );
    token = await ff.waitFor<string>(
      options,
      `browser.storage.local.get("session").then((s) => s.session?.token ?? null)`,
      20_000,
    );
    expect(await ff.evaluate(options, `browser.storage.local.get("serverUrl").then((s) => s.serverUrl)`)).toBe(
      server.url,
    );
    await server.caller(token).profile.update.mutate({
      titles: ["Software Engineer", "Backend Engineer"],
      skills: ["TypeScript", "PostgreSQL", "Go", "Kubernetes", "React"],
      locations: ["San Francisco", "Remote"],
      remote: ["remote", "hybrid"],
    });
  });

  test("a posting page → the sidebar shows the server's score → Track puts the card on the server", async () => {
    const url = pages.urlFor(POSTING);
    await ff.open(url);
    // the posting tab's id, from the extension's own tabs API
    const tabId = await ff.waitFor<number>(
      options,
      `browser.tabs.query({}).then((tabs) => tabs.find((t) => t.url === ${JSON.stringify(url)})?.id ?? null)`,
    );
    await ff.evaluate(
      options,
      `browser.tabs.create({ url: browser.runtime.getURL("/sidepanel.html?tabId=${tabId}") }).then(() => true)`,
    );
    const panel = await ff.waitForTab(`${ff.extensionOrigin}/sidepanel.html`);
    const title = await ff.waitFor<string>(
      panel,
      `document.querySelector("[data-testid=posting-title]")?.textContent ?? ""`,
      30_000,
    );
    expect(title.length).toBeGreaterThan(0);
    const score = await ff.waitFor<string>(
      panel,
      `document.querySelector("[data-testid=fit-score]")?.textContent ?? ""`,
      30_000,
    );
    expect(score).toMatch(/\d/);

    // the score shown is the server's fit for this posting
    const before = await server.caller(token).applications.list.query({});
    expect(before.cards).toHaveLength(0);
    await ff.evaluate(
      panel,
      `(() => { [...document.querySelectorAll("button")].find((b) => b.textContent === "Track").click(); return true; })()`,
    );
    const label = await ff.waitFor<string>(
      panel,
      `document.querySelector("[data-testid=panel-tracked]")?.textContent ?? ""`,
      20_000,
    );
    expect(label).toMatch(/Tracked/);
    const after = await server.caller(token).applications.list.query({});
    expect(after.cards).toHaveLength(1);
    expect(after.cards[0]).toMatchObject({ role: title.trim() });
    // the page's canonical posting URL (the fixture is modeled on a Greenhouse job page)
    expect(after.cards[0]?.url).toContain("greenhouse");
  });
});
