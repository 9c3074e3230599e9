import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { schema } from "@vanta/db";
import { insertNotification } from "@vanta/db/queries/digest";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  type ExtensionBrowser,
  launchWithExtension,
  PopupPage,
  pairExtension,
  SCREENSHOT_DIR,
  storedToken,
} from "../support/browser.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

// Issue 11 in real Chromium with the built extension: the notification center (bell with the unread
// count, a digest opening its postings, mark all read) and the task inbox (a coach task with its count,
// completed → gone and recorded as task_completed), the options page's tasks, analytics and digest
// settings, and outreach in the card detail (draft → edit → approve → send through the outbox).

// The service worker's `chrome` global, as far as this file uses it (the extension's queue lives in storage.local).
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

let server: TestServer;
let ext: ExtensionBrowser;
let userId: string;
let api: ReturnType<TestServer["caller"]>;
const email = `follow-${Date.now().toString(36)}@test.vanta.localhost`;

async function trackedApplied(company: string, daysAgo: number): Promise<string> {
  const id = randomUUID().slice(0, 8);
  const { application } = await api.applications.track.mutate({
    posting: {
      title: "Platform Engineer",
      company,
      locations: ["Berlin, DE"],
      remote: "hybrid",
      employmentType: "full_time",
      salary: null,
      description: "Run our Kubernetes platform in TypeScript and Go.",
      postedAt: null,
      closed: false,
      source: "greenhouse",
      sourceId: `ft-${id}`,
      url: `https://boards.greenhouse.io/${company.toLowerCase()}/jobs/${id}`,
    },
    clientRequestId: randomUUID(),
    stage: "applied",
  });
  const at = new Date(Date.now() - daysAgo * 86_400_000);
  const db = server.runtime.db;
  await db
    .update(schema.applicationEvents)
    .set({ occurredAt: at })
    .where(eq(schema.applicationEvents.applicationId, application.id));
  await db.update(schema.applications).set({ stageChangedAt: at }).where(eq(schema.applications.id, application.id));
  return application.id;
}

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  server = await startTestServer();
  ext = await launchWithExtension();
  await pairExtension(ext, server.url, (await server.pairingCode(email)).code);
  api = server.caller(await storedToken(ext));
  userId = (await api.auth.me.query()).id;
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe("notification center and task inbox", () => {
  test("the bell counts unread notifications, a digest opens its postings, mark all read clears it", async () => {
    await insertNotification(server.runtime.db, {
      userId,
      kind: "digest",
      title: "2 new jobs for you",
      body: "Top: Staff Engineer at Northwind (88)",
      data: {
        localDay: "2026-11-29",
        items: [
          {
            postingId: randomUUID(),
            title: "Staff Engineer",
            company: "Northwind",
            location: "Berlin, DE",
            score: 88,
            whyFit: null,
            salary: null,
            salaryEstimated: false,
            url: "https://example.test/a",
          },
          {
            postingId: randomUUID(),
            title: "SRE",
            company: "Contoso",
            location: "Remote",
            score: 74,
            whyFit: null,
            salary: null,
            salaryEstimated: false,
            url: "https://example.test/b",
          },
        ],
      },
    });
    await insertNotification(server.runtime.db, { userId, kind: "outreach", title: "Sent to Dana at Acme", data: {} });
    const unread = (await api.notifications.unreadCount.query()).unread;
    expect(unread).toBe(2);

    const popup = await PopupPage.open(ext);
    const page = popup.page;
    await expect.poll(() => page.getByTestId("unread-count").textContent(), { timeout: 10_000 }).toBe("2");
    await page.getByTestId("notification-bell").click();
    const center = page.getByTestId("notification-center");
    await center.getByTestId("notification").first().waitFor({ timeout: 10_000 });
    expect(await center.getByTestId("notification").count()).toBe(2);

    // the digest opens its postings (and is read by that)
    await center.getByRole("button", { name: "2 new jobs for you" }).click();
    const postings = center.getByTestId("digest-postings");
    await postings.waitFor({ timeout: 10_000 });
    expect(await postings.locator("li").allTextContents()).toEqual([
      expect.stringContaining("Staff Engineer"),
      expect.stringContaining("SRE"),
    ]);
    await expect.poll(() => page.getByTestId("unread-count").textContent(), { timeout: 10_000 }).toBe("1");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "popup-notifications.png") });

    await center.getByRole("button", { name: "Mark all read" }).click();
    await expect.poll(() => page.getByTestId("unread-count").count(), { timeout: 10_000 }).toBe(0);
    expect(await api.notifications.unreadCount.query()).toEqual({ unread: 0 });
    expect(await center.locator('[data-testid=notification][data-read="false"]').count()).toBe(0);

    // a track the server refused for good (a dead letter of the extension's queue) shows as "couldn't sync"
    await ext.worker.evaluate(async () => {
      const posting = {
        title: "Refused Role",
        company: "Badco",
        locations: [],
        remote: "unknown",
        employmentType: null,
        salary: null,
        description: "",
        postedAt: null,
        closed: false,
        source: "web",
        sourceId: null,
        url: "https://example.test/jobs/1",
      };
      const dead = {
        clientRequestId: crypto.randomUUID(),
        posting,
        code: "BAD_REQUEST",
        reason: "posting.description: Too small",
        attempts: 2,
        queuedAt: Date.now() - 60_000,
        failedAt: Date.now(),
      };
      await chrome.storage.local.set({ trackDeadLetters: [dead] });
    });
    await page.getByTestId("notification-bell").click();
    await page.getByTestId("notification-bell").click();
    await expect
      .poll(() => center.getByTestId("sync-problems").textContent(), { timeout: 10_000 })
      .toContain("Refused Role at Badco: posting.description: Too small");
    await center.getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => center.getByTestId("sync-problems").count(), { timeout: 10_000 }).toBe(0);
    expect(await ext.worker.evaluate(() => chrome.storage.local.get("trackDeadLetters"))).toEqual({
      trackDeadLetters: [],
    });

    // the side panel has the same bell
    const panel = await ext.openExtensionPage("sidepanel.html?tabId=1");
    await panel.getByTestId("notification-bell").waitFor({ timeout: 10_000 });
    await panel.close();
    await page.close();
  });

  test("a coach task appears in the popup's Tasks tab with its count; completing it removes it and records task_completed", async () => {
    const appId = await trackedApplied("Quietco", 9);
    const run = await api.tasks.runCoach.mutate();
    const task = run.created.find((t) => t.applicationId === appId);
    expect(task?.title).toBe("Follow up with Quietco");
    const { dueCount } = await api.tasks.list.query({});
    expect(dueCount).toBeGreaterThanOrEqual(1);

    const popup = await PopupPage.open(ext);
    const page = popup.page;
    const tab = page.getByRole("tab", { name: /Tasks/ });
    await expect.poll(() => tab.textContent(), { timeout: 10_000 }).toBe(`Tasks${dueCount}`);
    // the coach's task is also a notification
    await expect.poll(() => page.getByTestId("unread-count").textContent(), { timeout: 10_000 }).toBe("1");
    await tab.click();
    const item = page.getByTestId("task").filter({ hasText: "Follow up with Quietco" });
    await item.waitFor({ timeout: 10_000 });
    expect(await page.getByTestId("task-due-count").textContent()).toBe(`${dueCount} due`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "popup-tasks.png") });

    await item.getByRole("button", { name: "Complete" }).click();
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.getByTestId("task-due-count").textContent()).toBe(`${dueCount - 1} due`);
    const open = (await api.tasks.list.query({})).items.filter((t) => t.status === "open");
    expect(open.find((t) => t.id === task?.id)).toBeUndefined();
    const events = await server.runtime.db
      .select()
      .from(schema.userEvents)
      .where(and(eq(schema.userEvents.userId, userId), eq(schema.userEvents.type, "task_completed")));
    expect(events.map((e) => e.entityId)).toContain(task?.id);
    await page.close();
  });

  test("the options page lists tasks (snooze, open the application), shows analytics charts and digest settings", async () => {
    await api.profile.completeOnboarding.mutate();
    const appId = await trackedApplied("Lakeside", 10);
    await api.tasks.runCoach.mutate();

    const page = await ext.openExtensionPage("options.html#tasks");
    const item = page.getByTestId("task").filter({ hasText: "Follow up with Lakeside" });
    await item.waitFor({ timeout: 15_000 });
    // Open application: the card detail of that application, in a tab
    const detailTab = ext.context.waitForEvent("page");
    await item.getByRole("button", { name: "Open application" }).click();
    const detail = await detailTab;
    await detail.getByTestId("card-detail").waitFor({ timeout: 15_000 });
    expect(detail.url()).toContain(`popup.html#app=${appId}`);
    expect(await detail.getByTestId("card-detail").textContent()).toContain("Lakeside");
    await detail.close();

    await item.getByRole("button", { name: "Snooze…" }).click();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    const day = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}`;
    await item.getByLabel("Snooze until").fill(day);
    await item.getByRole("button", { name: "Snooze", exact: true }).click();
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
    const snoozed = (await api.tasks.list.query({ includeSnoozed: true })).items.find((t) => t.applicationId === appId);
    expect(snoozed?.snoozedUntil).not.toBeNull();

    await page.getByRole("tab", { name: "Analytics" }).click();
    const funnel = page.getByTestId("funnel-chart");
    await funnel.waitFor({ timeout: 15_000 });
    expect(await funnel.locator("svg.recharts-surface").count()).toBe(1);
    const summary = await api.analytics.summary.query();
    const applied = summary.funnel.find((f) => f.stage === "applied");
    expect(await page.getByTestId("funnel-conversions").textContent()).toContain(`Applied: ${applied?.count}`);
    expect(await page.locator("svg.recharts-surface").count()).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(SCREENSHOT_DIR, "options-analytics.png"), fullPage: true });

    await page.getByRole("tab", { name: "Profile" }).click();
    const digest = page.getByTestId("digest-settings");
    await digest.waitFor({ timeout: 15_000 });
    await page.getByLabel("Digest time").fill("06:45");
    await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await page.getByRole("button", { name: "Save schedule" }).click();
    await expect.poll(async () => (await api.digestSettings.get.query()).digestTime, { timeout: 10_000 }).toBe("06:45");
    const settings = await api.digestSettings.get.query();
    expect(settings.timezone).toBe("Asia/Tokyo");
    expect(settings.nextRuns).toHaveLength(3);
    for (const r of settings.nextRuns) expect(r).toMatch(/T21:45:00.000Z$/); // 06:45 JST = 21:45 UTC
    await expect.poll(() => digest.getByTestId("next-runs").locator("li").count()).toBe(3);

    // unsubscribed by the email's link → Resubscribe
    await api.digestSettings.update.mutate({ emailOn: false });
    await page.reload();
    await page.getByRole("button", { name: "Resubscribe" }).click();
    await expect.poll(async () => (await api.digestSettings.get.query()).emailOn, { timeout: 10_000 }).toBe(true);
    await page.getByLabel("Snooze until", { exact: true }).fill(day);
    await page.getByRole("button", { name: "Snooze", exact: true }).click();
    await expect
      .poll(async () => (await api.digestSettings.get.query()).snoozedUntil, { timeout: 10_000 })
      .not.toBeNull();
    await digest.getByTestId("digest-snooze-state").waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, "options-digest-settings.png"), fullPage: true });
    await page.close();
  });

  test("outreach in the card detail: add a contact, draft in a tone, edit, approve, send by email; Open posting records apply_click", async () => {
    const appId = await trackedApplied("Fabrikam", 1);
    // the posting's link must not reach a live site
    await ext.context.route("https://boards.greenhouse.io/**", (r) =>
      r.fulfill({ body: "<h1>Apply</h1>", contentType: "text/html" }),
    );
    const page = await ext.openExtensionPage(`popup.html#app=${appId}`);
    await page.setViewportSize({ width: 800, height: 600 });
    const section = page.getByTestId("outreach-section");
    await section.waitFor({ timeout: 15_000 });
    await section.getByRole("button", { name: "Add contact" }).click();
    await section.getByLabel("Contact name").fill("Dana Reyes");
    await section.getByLabel("Contact role").fill("Engineering Manager");
    await section.getByLabel("Contact email").fill("dana@fabrikam.test");
    await section.getByRole("button", { name: "Save contact" }).click();
    const contact = section.getByTestId("contact").filter({ hasText: "Dana Reyes" });
    await contact.waitFor({ timeout: 10_000 });

    await contact.getByLabel("Tone for Dana Reyes").selectOption("brief");
    await contact.getByRole("button", { name: "Draft outreach" }).click();
    const message = contact.getByTestId("outreach-message");
    await message.waitFor({ timeout: 20_000 });
    expect(await message.getAttribute("data-status")).toBe("draft");
    // nothing is sendable before approval: there is no send button, and the server refuses it anyway
    expect(await message.getByRole("button", { name: "Send by email" }).count()).toBe(0);
    const [draft] = await api.outreach.list.query({ applicationId: appId });
    expect(draft?.tone).toBe("brief");
    await expect(api.outreach.send.mutate({ id: draft?.id ?? "", channel: "email" })).rejects.toThrow();

    const body = `${await message.getByLabel("Message").inputValue()}\n\nP.S. Happy to share my Kubernetes work.`;
    await message.getByLabel("Message").fill(body);
    await message.getByRole("button", { name: "Save edit" }).click();
    await expect
      .poll(async () => (await api.outreach.list.query({ applicationId: appId }))[0]?.body, { timeout: 10_000 })
      .toBe(body.trim());
    await message.getByRole("button", { name: "Approve" }).click();
    await expect.poll(() => message.getAttribute("data-status"), { timeout: 10_000 }).toBe("approved");
    await page.screenshot({ path: join(SCREENSHOT_DIR, "popup-outreach.png"), fullPage: true });
    await message.getByRole("button", { name: "Send by email" }).click();
    await expect.poll(() => message.getAttribute("data-status"), { timeout: 10_000 }).toBe("sent");
    const sent = (await api.outreach.list.query({ applicationId: appId }))[0];
    expect(sent?.status).toBe("sent");
    const emls = readdirSync(server.outboxDir).filter((f) => f.endsWith(".eml"));
    expect(
      emls.some((f) => readFileSync(join(server.outboxDir, f), "utf8").includes("Happy to share my Kubernetes work")),
    ).toBe(true);

    const opened = ext.context.waitForEvent("page");
    await page.getByRole("link", { name: "Open posting ↗" }).click();
    await (await opened).close();
    await expect
      .poll(
        async () => {
          const rows = await server.runtime.db
            .select()
            .from(schema.userEvents)
            .where(and(eq(schema.userEvents.userId, userId), eq(schema.userEvents.type, "apply_click")));
          return rows.map((r) => r.props);
        },
        { timeout: 10_000 },
      )
      .toEqual([{ surface: "card" }]);
    await page.close();
  });

  test("opening a posting from the side panel's feed records apply_click (surface feed)", async () => {
    const id = randomUUID().slice(0, 8);
    const { postingId } = await api.postings.capture.mutate({
      posting: {
        title: "Feed Engineer",
        company: "Feedco",
        locations: ["Berlin, DE"],
        remote: "remote",
        employmentType: "full_time",
        salary: null,
        description: "TypeScript and Kubernetes.",
        postedAt: null,
        closed: false,
        source: "greenhouse",
        sourceId: `feed-${id}`,
        url: `https://boards.greenhouse.io/feedco/jobs/${id}`,
      },
    });
    const panel = await ext.openExtensionPage("sidepanel.html?tabId=1");
    await panel.getByRole("tab", { name: "Today" }).click();
    const opened = ext.context.waitForEvent("page");
    await panel
      .locator(".feed-item")
      .filter({ hasText: "Feed Engineer" })
      .getByRole("button", { name: "Feed Engineer" })
      .click();
    await (await opened).close();
    await expect
      .poll(
        async () =>
          (
            await server.runtime.db
              .select()
              .from(schema.userEvents)
              .where(and(eq(schema.userEvents.userId, userId), eq(schema.userEvents.entityId, postingId)))
          ).map((r) => [r.type, r.props]),
        { timeout: 10_000 },
      )
      .toContainEqual(["apply_click", { surface: "feed" }]);
    await panel.close();
  });
});
