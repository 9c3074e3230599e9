import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractPosting } from "@vanta/shared/capture/index";
import type { Posting } from "@vanta/shared/posting";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type ExtensionBrowser,
  launchWithExtension,
  PopupPage,
  pairExtension,
  SCREENSHOT_DIR,
  SidePanelPage,
  storedToken,
  tabIdFor,
} from "../support/browser.ts";
import { ClosedShadowLocator } from "../support/closed-shadow.ts";
import { boardRoutes, type FixtureServer, PAGES_DIR, startFixtureServer } from "../support/fixture-server.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { type SwitchableProxy, startSwitchableProxy } from "./helpers/switchable-proxy.ts";

// The extension end to end: real build, headless Chromium, board-like local pages, a real server.
let server: TestServer;
let proxy: SwitchableProxy;
let pages: FixtureServer;
let ext: ExtensionBrowser;
let token: string;

const boards = {
  greenhouse: "/greenhouse/acme/jobs/123",
  lever: "/lever/acme/5f1c2a9e-1111-4c53-9a3e-6b1f3a2c9d10",
  linkedin: "/linkedin/jobs/view/4012345678",
  jsonld: "/careers/jobs/backend-engineer",
} as const;

/** What the extractor reads from a fixture when served at `url` (the test's own oracle). */
function expectedPosting(path: string, url: string): Posting {
  const html = readFileSync(join(PAGES_DIR, boardRoutes[path]!), "utf8");
  const posting = extractPosting(parseHTML(html).document, url);
  if (!posting) throw new Error(`fixture ${path} has no posting`);
  return posting;
}

async function openJobPage(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(pages.urlFor(path));
  return page;
}

// The Track button lives in a closed shadow root (issue 12 #3): reached through the DevTools protocol.
function trackButton(page: Page) {
  return new ClosedShadowLocator(page, "vanta-track");
}

async function applicationCount(): Promise<number> {
  const out = await server.caller(token).applications.list.query({});
  return out.cards.length;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startTestServer();
  proxy = await startSwitchableProxy(server.url);
  pages = await startFixtureServer();
  ext = await launchWithExtension();
  await pairExtension(ext, proxy.url, (await server.pairingCode()).code);
  token = await storedToken(ext);
  // A profile so the score means something (skills, titles, location).
  await server.caller(token).profile.update.mutate({
    titles: ["Software Engineer", "Backend Engineer"],
    skills: ["TypeScript", "PostgreSQL", "Go", "Kubernetes", "React"],
    locations: ["San Francisco", "Remote"],
    remote: ["remote", "hybrid"],
  });
});

afterAll(async () => {
  await ext?.close();
  await pages?.close();
  await proxy?.close();
  await server?.close();
});

describe("capture → side panel with the server's score", () => {
  for (const [board, path] of Object.entries(boards)) {
    test(`${board}: the side panel shows the captured posting and a score`, async () => {
      const page = await openJobPage(path);
      const expected = expectedPosting(path, page.url());
      await trackButton(page).waitFor({ timeout: 15_000 });
      const opened = performance.now();
      const panel = await SidePanelPage.openFor(ext, await tabIdFor(ext, page.url()));
      await expect.poll(() => panel.title().textContent(), { timeout: 10_000 }).toBe(expected.title);
      await panel.score().waitFor({ timeout: 10_000 });
      // A figure, not an assertion (goal ≤ 300 ms on a local server; CI machines vary).
      console.info(`[${board}] side panel score visible ${Math.round(performance.now() - opened)} ms after opening`);
      const score = Number(await panel.score().textContent());
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      // The same score the server computes for this posting and user.
      const fit = await server.caller(token).postings.capture.mutate({ posting: expected });
      expect(score).toBe(fit.fit.score);
      // Hard-filter warnings and why-fit requirements are the server's, one line each.
      // Polled: the panel may still be swapping the prefetched fit for the revalidated one.
      await expect
        .poll(() => panel.page.getByTestId("filter-warning").count())
        .toBe(fit.fit.filters.filter((f) => !f.passed).length);
      await expect.poll(() => panel.page.locator(".requirements > li").count()).toBe(fit.fit.requirements.length);
      const salaryText = await panel.page.getByTestId("salary").textContent();
      if (!expected.salary && fit.fit.salary?.estimate) expect(salaryText).toMatch(/estimate/);
      if (expected.salary) expect(salaryText).not.toMatch(/estimate|Not stated/);
      if (board === "greenhouse") {
        await panel.page.setViewportSize({ width: 400, height: 900 }); // a side panel's width
        await panel.page.screenshot({ path: join(SCREENSHOT_DIR, "sidepanel.png"), fullPage: true });
      }
      await panel.page.close();
      await page.close();
    });
  }

  test("a page without a posting shows the empty state and no button", async () => {
    const page = await ext.context.newPage();
    await page.goto(pages.urlFor("/blank"));
    const panel = await SidePanelPage.openFor(ext, await tabIdFor(ext, page.url()));
    await panel.page.getByTestId("no-posting").waitFor({ timeout: 10_000 });
    expect(await trackButton(page).count()).toBe(0);
    await panel.page.close();
    await page.close();
  });

  test("the injected Fit button opens the real side panel (a user gesture)", async () => {
    const page = await openJobPage(boards.lever);
    const cdp = await ext.context.newCDPSession(page);
    const panelTargets = async () => {
      const { targetInfos } = await cdp.send("Target.getTargets");
      return targetInfos
        .filter((t) => t.url === `chrome-extension://${ext.extensionId}/sidepanel.html`)
        .map((t) => t.targetId);
    };
    // Chrome shows one panel per window and swaps documents, so look for a new panel document.
    const opensNewPanel = async (click: () => Promise<void>) => {
      const before = new Set(await panelTargets());
      await click();
      await expect
        .poll(async () => (await panelTargets()).some((id) => !before.has(id)), { timeout: 10_000 })
        .toBe(true);
    };
    await opensNewPanel(() => new ClosedShadowLocator(page, "vanta-open-panel").click());
    await cdp.detach();
    await page.close();
  });

  test("the Today tab shows the server's feed; save and hide reach the server", async () => {
    // Two scored postings of this user's own, so the save/hide checks below always run
    // (capturing is idempotent: the board tests above may already have stored them).
    for (const path of [boards.greenhouse, boards.lever])
      await server.caller(token).postings.capture.mutate({ posting: expectedPosting(path, pages.urlFor(path)) });
    const panel = await ext.openExtensionPage("sidepanel.html?tabId=1");
    await panel.getByRole("tab", { name: "Today" }).click();
    await panel.getByTestId("feed").waitFor({ timeout: 10_000 });
    expect(await panel.locator(".notice.error").count()).toBe(0);
    // The same items the server ranks for this user, in the same number.
    const feed = await server.caller(token).feed.list.query({ limit: 20 });
    expect(feed.items.length).toBeGreaterThanOrEqual(2);
    await expect.poll(() => panel.locator(".feed-item").count(), { timeout: 10_000 }).toBe(feed.items.length);
    const [first, second] = feed.items;
    await panel.locator(".feed-item").first().getByRole("button", { name: "Save" }).click();
    await panel.locator(".feed-item").first().getByRole("button", { name: "Saved" }).waitFor({ timeout: 10_000 });
    await panel.locator(".feed-item").nth(1).getByRole("button", { name: "Hide" }).click();
    await expect.poll(() => panel.locator(".feed-item").count(), { timeout: 10_000 }).toBe(feed.items.length - 1);
    const after = await server.caller(token).feed.list.query({ limit: 20 });
    expect(after.items.find((i) => i.posting.id === first?.posting.id)?.saved).toBe(true);
    expect(after.items.some((i) => i.posting.id === second?.posting.id)).toBe(false);
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.screenshot({ path: join(SCREENSHOT_DIR, "sidepanel-today.png"), fullPage: true });
    await panel.close();
  });

  test("SPA navigation (pushState, no reload) updates the capture", async () => {
    const page = await ext.context.newPage();
    await page.goto(pages.urlFor("/spa/jobs/1"));
    const panel = await SidePanelPage.openFor(ext, await tabIdFor(ext, page.url()));
    await expect.poll(() => panel.title().textContent(), { timeout: 10_000 }).toBe("Platform Engineer");
    await page.getByRole("link", { name: "Job 2" }).click();
    await expect.poll(() => panel.title().textContent(), { timeout: 10_000 }).toBe("Data Engineer");
    await panel.page.close();
    await page.close();
  });
});

describe("track → Kanban → move → offline queue", () => {
  test("Track on the page creates a Prospect card; dragging it to Applied is audited", async () => {
    const page = await openJobPage(boards.greenhouse);
    const title = expectedPosting(boards.greenhouse, page.url()).title;
    await trackButton(page).click();
    await expect.poll(() => trackButton(page).textContent(), { timeout: 10_000 }).toMatch(/Tracked/);

    const popup = await PopupPage.open(ext);
    const card = popup.column("prospect").getByTestId("kanban-card").filter({ hasText: title });
    await card.waitFor({ timeout: 10_000 });
    expect(await popup.page.getByTestId("count-prospect").textContent()).toBe("1");
    const appId = (await card.getAttribute("data-id"))!;

    // Drag with real mouse moves (dnd-kit's PointerSensor needs a few intermediate moves).
    const from = (await card.locator(".company").boundingBox())!;
    const to = (await popup.column("applied").boundingBox())!;
    await popup.page.mouse.move(from.x + from.width / 2, from.y + 10);
    await popup.page.mouse.down();
    for (let i = 1; i <= 12; i++)
      await popup.page.mouse.move(
        from.x + from.width / 2 + ((to.x + to.width / 2 - from.x - from.width / 2) * i) / 12,
        from.y + 10 + ((to.y + 60 - from.y - 10) * i) / 12,
      );
    await popup.page.mouse.up();
    await popup.column("applied").getByTestId("kanban-card").filter({ hasText: title }).waitFor({ timeout: 10_000 });
    await popup.page.screenshot({ path: join(SCREENSHOT_DIR, "popup-kanban.png") });

    await expect
      .poll(async () => (await server.caller(token).applications.get.query({ id: appId })).card.stage, {
        timeout: 10_000,
      })
      .toBe("applied");
    const audit = await server.caller(token).audit.list.query({ entityId: appId });
    const moves = audit.filter((a) => JSON.stringify(a.after).includes("applied"));
    expect(moves.length).toBeGreaterThanOrEqual(1);

    // The tracked state shows on the posting's own page too: "Tracked · Applied · …". Status is shown
    // only for a posting URL on the page's origin (issue 12 #3), so the fixture is served at its real URL.
    const real = expectedPosting(boards.greenhouse, page.url()).url;
    const onBoard = await ext.context.newPage();
    await onBoard.route(real, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: readFileSync(join(PAGES_DIR, boardRoutes[boards.greenhouse]!), "utf8"),
      }),
    );
    await onBoard.goto(real);
    await expect.poll(() => trackButton(onBoard).textContent(), { timeout: 10_000 }).toMatch(/Tracked · Applied/);
    await onBoard.close();
    await popup.page.close();
    await page.close();
  });

  test("keyboard: Space picks a card up, arrows move it, Space drops it (dnd-kit KeyboardSensor)", async () => {
    const popup = await PopupPage.open(ext);
    const card = popup.column("applied").getByTestId("kanban-card").first();
    await card.waitFor({ timeout: 10_000 });
    const appId = (await card.getAttribute("data-id"))!;
    const prospectIds = await popup
      .column("prospect")
      .getByTestId("kanban-card")
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-id")));
    // dnd-kit's live region names what the picked-up card is over: wait on it, not on a fixed delay.
    const liveRegion = popup.page.locator('[id^="DndLiveRegion"]');
    const overProspect = new RegExp(
      `Draggable item ${appId} was moved over droppable area (col:prospect|${prospectIds.join("|") || "col:prospect"})\\.`,
    );
    await card.focus();
    await popup.page.keyboard.press("Space");
    await expect.poll(() => card.getAttribute("class"), { timeout: 10_000 }).toMatch(/\bdragging\b/);
    await popup.page.keyboard.press("ArrowLeft");
    await expect.poll(() => liveRegion.textContent(), { timeout: 10_000 }).toMatch(overProspect);
    await popup.page.keyboard.press("Space");
    await popup.column("prospect").locator(`[data-id="${appId}"]`).waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => (await server.caller(token).applications.get.query({ id: appId })).card.stage)
      .toBe("prospect");
    // and back with the explicit button, for the next test
    await popup
      .column("prospect")
      .locator(`[data-id="${appId}"]`)
      .getByRole("button", { name: "Move to Applied" })
      .click();
    await popup.column("applied").locator(`[data-id="${appId}"]`).waitFor({ timeout: 10_000 });
    await popup.page.close();
  });

  test("keyboard: a card moves with the explicit move button", async () => {
    const popup = await PopupPage.open(ext);
    const card = popup.column("applied").getByTestId("kanban-card").first();
    await card.waitFor({ timeout: 10_000 });
    const appId = (await card.getAttribute("data-id"))!;
    await card.getByRole("button", { name: "Move to Screen" }).focus();
    await popup.page.keyboard.press("Enter");
    await popup.column("screen").locator(`[data-id="${appId}"]`).waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => (await server.caller(token).applications.get.query({ id: appId })).card.stage)
      .toBe("screen");
    await popup.page.close();
  });

  test("moving into Outcome asks which outcome and stores it", async () => {
    const popup = await PopupPage.open(ext);
    const card = popup.column("screen").getByTestId("kanban-card").first();
    await card.waitFor({ timeout: 10_000 });
    const appId = (await card.getAttribute("data-id"))!;
    const byId = () => popup.page.locator(`[data-testid=kanban-card][data-id="${appId}"]`);
    for (const next of ["Interview", "Offer", "Outcome"]) {
      await byId()
        .getByRole("button", { name: `Move to ${next}` })
        .click();
      if (next !== "Outcome") await popup.column(next.toLowerCase()).locator(`[data-id="${appId}"]`).waitFor();
    }
    await popup.page
      .getByRole("dialog", { name: "Choose an outcome" })
      .getByRole("button", { name: "Withdrawn" })
      .click();
    await popup.column("outcome").locator(`[data-id="${appId}"]`).waitFor({ timeout: 10_000 });
    expect(await popup.page.getByTestId("count-outcome").textContent()).toBe("1");
    await expect
      .poll(async () => (await server.caller(token).applications.get.query({ id: appId })).card)
      .toMatchObject({ stage: "outcome", outcome: "withdrawn" });
    await popup.page.close();
  });

  test("search filters the board and its counts", async () => {
    const popup = await PopupPage.open(ext);
    await popup.page.getByTestId("kanban-card").first().waitFor({ timeout: 10_000 });
    const total = await popup.page.getByTestId("kanban-card").count();
    await popup.page.getByLabel("Search applications").fill("zzz-no-such-company");
    await expect.poll(() => popup.page.getByTestId("kanban-card").count(), { timeout: 10_000 }).toBe(0);
    await popup.page.getByLabel("Search applications").fill("Northwind");
    await expect.poll(() => popup.page.getByTestId("kanban-card").count(), { timeout: 10_000 }).toBe(1);
    await popup.page.getByLabel("Search applications").fill("");
    await expect.poll(() => popup.page.getByTestId("kanban-card").count(), { timeout: 10_000 }).toBe(total);
    await popup.page.close();
  });

  test("card detail: timeline, add and edit a note, attach a file", async () => {
    const popup = await PopupPage.open(ext);
    const card = popup.page.getByTestId("kanban-card").first();
    await card.waitFor({ timeout: 10_000 });
    const appId = (await card.getAttribute("data-id"))!;
    await card.locator("button.role").click();
    const detail = popup.page.getByTestId("card-detail");
    await detail.waitFor({ timeout: 10_000 });
    await detail.getByText("Prospect → Applied").first().waitFor();
    await detail.getByLabel("New note").fill("Recruiter call on Monday");
    await detail.getByRole("button", { name: "Add note" }).click();
    await detail.getByText("Recruiter call on Monday").waitFor();
    await detail.getByRole("button", { name: "Edit" }).click();
    await detail.getByLabel("Edit note").fill("Recruiter call moved to Tuesday");
    await detail.getByRole("button", { name: "Save" }).click();
    await detail.getByText("Recruiter call moved to Tuesday").waitFor();
    const server_ = await server.caller(token).applications.get.query({ id: appId });
    expect(server_.notes.map((n) => n.body)).toEqual(["Recruiter call moved to Tuesday"]);
    await detail.getByLabel("Attach file").setInputFiles({
      name: "cover-letter.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Dear hiring team, …"),
    });
    await detail.getByText("cover-letter.txt").waitFor({ timeout: 10_000 });
    const withFile = await server.caller(token).applications.get.query({ id: appId });
    expect(withFile.attachments.map((a) => a.filename)).toEqual(["cover-letter.txt"]);
    await popup.page.screenshot({ path: join(SCREENSHOT_DIR, "popup-card-detail.png") });
    await popup.page.close();
  });

  test("a move that fails on the server is rolled back with a visible message", async () => {
    const popup = await PopupPage.open(ext);
    const card = popup.page.getByTestId("kanban-card").first();
    await card.waitFor({ timeout: 10_000 });
    const appId = (await card.getAttribute("data-id"))!;
    const stage = (await card.getAttribute("data-stage"))!;
    await proxy.stop();
    try {
      await card
        .getByRole("button", { name: /^Move to / })
        .last()
        .click();
      await popup.page.getByTestId("board-error").waitFor({ timeout: 15_000 });
      expect(await popup.page.getByTestId("board-error").textContent()).toMatch(/Could not move/);
      await popup.column(stage).locator(`[data-id="${appId}"]`).waitFor();
    } finally {
      await proxy.start();
    }
    expect((await server.caller(token).applications.get.query({ id: appId })).card.stage).toBe(stage);
    await popup.page.close();
  });

  test("server down: Track is queued; when it is back it syncs exactly once", async () => {
    const before = await applicationCount();
    await proxy.stop();
    const page = await openJobPage(boards.lever);
    const title = expectedPosting(boards.lever, page.url()).title;
    await trackButton(page).click();
    await expect.poll(() => trackButton(page).textContent(), { timeout: 15_000 }).toMatch(/Queued/);
    // A second click while offline must not queue a second copy.
    await page.reload();
    await trackButton(page).waitFor();
    await trackButton(page).click();
    await expect.poll(() => trackButton(page).textContent(), { timeout: 15_000 }).toMatch(/Queued/);
    expect(await applicationCount()).toBe(before);
    // The side panel says it is offline instead of spinning forever.
    const panel = await SidePanelPage.openFor(ext, await tabIdFor(ext, page.url()));
    await panel.page.getByTestId("offline").waitFor({ timeout: 15_000 });
    await panel.page.close();

    await proxy.start();
    // Opening the popup checks the connection, which flushes the queue.
    const popup = await PopupPage.open(ext);
    await popup.card(title).waitFor({ timeout: 20_000 });
    expect(await applicationCount()).toBe(before + 1);
    await popup.page.screenshot({ path: join(SCREENSHOT_DIR, "popup-kanban-synced.png") });
    // Further flushes (alarm, another popup) never create it again.
    const again = await PopupPage.open(ext);
    await again.status().and(again.page.locator("[data-state=connected]")).waitFor();
    expect(await applicationCount()).toBe(before + 1);
    await again.page.close();
    await popup.page.close();
    await page.close();
  });

  test("Track from the side panel shows the tracked state there", async () => {
    const before = await applicationCount();
    const page = await openJobPage(boards.linkedin);
    const panel = await SidePanelPage.openFor(ext, await tabIdFor(ext, page.url()));
    await panel.score().waitFor({ timeout: 10_000 });
    await panel.page.getByRole("button", { name: "Track", exact: true }).click();
    await expect
      .poll(() => panel.page.getByTestId("panel-tracked").textContent(), { timeout: 10_000 })
      .toMatch(/^Tracked · Prospect/);
    expect(await applicationCount()).toBe(before + 1);
    // Reopening the panel reads the tracked state from the server.
    await panel.page.reload();
    await expect
      .poll(() => panel.page.getByTestId("panel-tracked").textContent(), { timeout: 10_000 })
      .toMatch(/^Tracked · Prospect/);
    await panel.page.close();
    await page.close();
  });
});

describe("the Track button and an untrusted page (issue 12 #3)", () => {
  const jobPage = (url: string, title: string) => `<!doctype html><html><head><title>${title}</title>
<script type="application/ld+json">${JSON.stringify({
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title,
    url,
    hiringOrganization: { "@type": "Organization", name: "Probe Co" },
    jobLocation: { "@type": "Place", address: { addressLocality: "Berlin", addressCountry: "DE" } },
    description: "Build TypeScript services with PostgreSQL.",
    datePosted: "2026-11-20",
  })}</script></head><body><h1>${title}</h1><p>Build TypeScript services with PostgreSQL.</p></body></html>`;

  test("a page cannot read the button, click it, or learn the status of another site's posting", async () => {
    // The user tracked a posting on another site, at Applied.
    const elsewhere = "https://boards.greenhouse.io/probeco/jobs/4242";
    const tracked = await server.caller(token).applications.track.mutate({
      posting: {
        title: "Probe Engineer",
        company: "Probe Co",
        locations: ["Berlin, DE"],
        remote: "unknown",
        employmentType: null,
        salary: null,
        description: "x",
        postedAt: null,
        closed: false,
        source: "jsonld",
        sourceId: null,
        url: elsewhere,
      },
      clientRequestId: crypto.randomUUID(),
      stage: "applied",
    });
    expect(tracked.application.stage).toBe("applied");

    // A page on another origin claims that posting as its own (JSON-LD url) to probe the pipeline.
    const page = await ext.context.newPage();
    const probeUrl = pages.urlFor("/probe/job.html");
    await page.route(probeUrl, (route) =>
      route.fulfill({ contentType: "text/html", body: jobPage(elsewhere, "Probe Engineer") }),
    );
    const before = await applicationCount();
    await page.goto(probeUrl);
    const button = trackButton(page);
    await button.waitFor({ timeout: 15_000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await button.textContent()).toMatch(/Track with Vanta/);

    // Page script finds no shadow root to read, and its synthetic clicks do nothing.
    const seen = await page.evaluate(() => {
      const host = document.querySelector("vanta-track") as HTMLElement | null;
      host?.click();
      host?.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
      return { host: Boolean(host), shadowRoot: host?.shadowRoot ?? null, text: host?.textContent ?? "" };
    });
    expect(seen).toEqual({ host: true, shadowRoot: null, text: "" });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await applicationCount()).toBe(before);

    // The user's own click tracks; the answer names no stage or date for another site's URL.
    await button.click();
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toMatch(/^VTracked$/);
    await page.close();
  });
});
