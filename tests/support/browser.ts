import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type BrowserContext, chromium, type Page, type Worker } from "playwright-core";

// Launches Debian's Chromium headless with the built extension (STACK.md "Browser tests").
// The build comes from `pnpm build:ext`, which `pnpm verify` runs before the tests.
// The service worker's `chrome` global, as far as these helpers use it.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

export const EXTENSION_DIR = resolve(import.meta.dirname, "../../.output/chrome-mv3");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** opens chrome-extension://ID/<path> in a new tab */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, "manifest.json")))
    throw new Error(`No extension build at ${EXTENSION_DIR}: run \`pnpm build:ext\` first`);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), "vanta-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 860 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Finds the id Chrome gave the tab showing `url` (for sidepanel.html?tabId=). */
export async function tabIdFor(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

export const SCREENSHOT_DIR = resolve(import.meta.dirname, "../../test-results/screenshots");

/** Page object: the options page (pairing form, onboarding). */
export class OptionsPage {
  constructor(readonly page: Page) {}
  static async open(ext: ExtensionBrowser) {
    return new OptionsPage(await ext.openExtensionPage("options.html"));
  }
  async pair(serverUrl: string, code: string) {
    await this.page.getByLabel("Server URL").fill(serverUrl);
    await this.page.getByLabel("Pairing code").fill(code);
    await this.page.getByRole("button", { name: "Pair", exact: true }).click();
  }
  status() {
    return this.page.getByTestId("connection-status");
  }
}

/** Page object: the popup (connection status + Kanban). */
export class PopupPage {
  constructor(readonly page: Page) {}
  static async open(ext: ExtensionBrowser) {
    const page = await ext.openExtensionPage("popup.html");
    await page.setViewportSize({ width: 800, height: 600 }); // Chrome's largest popup
    return new PopupPage(page);
  }
  status() {
    return this.page.getByTestId("connection-status");
  }
  column(stage: string) {
    return this.page.getByTestId(`column-${stage}`);
  }
  card(title: string) {
    return this.page.getByTestId("kanban-card").filter({ hasText: title });
  }
}

/** Page object: the side panel, opened as a tab for one page's tab id. */
export class SidePanelPage {
  constructor(readonly page: Page) {}
  static async openFor(ext: ExtensionBrowser, tabId: number) {
    return new SidePanelPage(await ext.openExtensionPage(`sidepanel.html?tabId=${tabId}`));
  }
  title() {
    return this.page.getByTestId("posting-title");
  }
  score() {
    return this.page.getByTestId("fit-score");
  }
}

/** Pairs the extension through its options page and waits for "connected". */
export async function pairExtension(ext: ExtensionBrowser, serverUrl: string, code: string): Promise<void> {
  const options = await OptionsPage.open(ext);
  await options.pair(serverUrl, code);
  await options.status().and(options.page.locator("[data-state=connected]")).waitFor({ timeout: 15_000 });
  await options.page.close();
}

/** The bearer token the extension stored when it paired (to check the server state as that user). */
export async function storedToken(ext: ExtensionBrowser): Promise<string> {
  const token = await ext.worker.evaluate(async () => {
    const { session } = (await chrome.storage.local.get("session")) as { session?: { token: string } };
    return session?.token ?? null;
  });
  if (!token) throw new Error("The extension has no stored token");
  return token;
}
