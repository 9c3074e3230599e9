import { insertCoachTasks } from "@vanta/db/queries/tasks";
import { applications } from "@vanta/db/schema/applications";
import { notifications } from "@vanta/db/schema/documents";
import { postingEnrichments } from "@vanta/db/schema/enrichments";
import { profiles } from "@vanta/db/schema/profiles";
import { listOutbox, readOutboxMessage } from "@vanta/server/ports/email/outbox-reader";
import { signDigestToken } from "@vanta/server/services/digest/token";
import { and, eq, isNotNull } from "drizzle-orm";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";
import { DAY_MS, lineLink, seedScored, sendVia, TEST_SECRET, trackLinks } from "./support.ts";

// The digest through the embedded outbox: the .eml a user gets, and its links followed through the
// app over real HTTP (track once, unsubscribe, snooze, bad tokens).

let server: TestServer;
let ana: TestUser;
let ids: Map<string, string>;
let first: Awaited<ReturnType<typeof sendVia>>;
const t0 = new Date();

const eleven = Array.from({ length: 11 }, (_, i) => ({
  title: `Engineer ${String.fromCharCode(65 + i)}`,
  company: `Company ${i}`,
  // 11 passing postings with distinct scores 90, 87, …, 60: the lowest one misses the top 10.
  score: 90 - i * 3,
}));

beforeAll(async () => {
  server = await startTestServer({ env: { VANTA_SECRET: TEST_SECRET } });
  ana = await server.createUser();
  ids = await seedScored(server.runtime.db, ana.user.id, [
    ...eleven.map((e, i) =>
      i === 0
        ? { ...e, stated: { min: 90_000, max: 110_000, currency: "EUR" }, metRequirement: "5+ years of Go" }
        : i === 1
          ? { ...e, estimate: { min: 70_000, max: 85_000, currency: "EUR" } }
          : e,
    ),
    // Blocked by a hard filter: never in a digest, however high its score.
    { title: "Blocked Role", company: "Elsewhere", score: 99, passed: false },
  ]);
  first = await sendVia(server, ana.user.id, t0);
});

afterAll(async () => {
  await server?.close();
});

async function message(id: string) {
  const m = await readOutboxMessage(server.outboxDir, id);
  if (!m) throw new Error(`no outbox message ${id}`);
  return m;
}

const header = (m: { headers: { name: string; value: string }[] }, name: string) =>
  m.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

const get = (url: string, init?: RequestInit) => fetch(url, { redirect: "manual", ...init });

/** A person following a link: the GET shows a confirm page (changes nothing), its button POSTs. */
async function click(url: string): Promise<Response> {
  const page = await get(url);
  if (page.status !== 200) return page;
  const action = /<form method="post" action="([^"]+)"/.exec(await page.text())?.[1];
  if (!action) throw new Error(`no confirm form behind ${url}`);
  return get(new URL(action.replace(/&amp;/g, "&"), url).toString(), { method: "POST" });
}

describe("daily digest email (outbox)", { timeout: 60_000 }, () => {
  it("sends the top 10 passing postings, best score first, with both parts and List-Unsubscribe", async () => {
    expect(first).toMatchObject({ sent: true, postings: 10 });
    expect(first.messageId).toBeTruthy();
    const m = await message(first.messageId as string);
    expect(m.to).toContain(ana.user.email);
    expect(m.subject).toContain("10 new jobs");
    expect(m.text).toBeTruthy();
    expect(m.html).toBeTruthy();
    const text = m.text as string;
    const html = m.html as string;

    const unsub = header(m, "List-Unsubscribe");
    expect(unsub).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/digest\/unsubscribe\?t=[^>]+>$/);
    expect(header(m, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    // Order and scores in the text part: "1. Engineer A — Company 0 (score 90)" … "10. Engineer J … (score 63)".
    const listed = [...text.matchAll(/^(\d+)\. (.+) — (.+) \(score (\d+)\)$/gm)].map((x) => ({
      title: x[2],
      score: Number(x[4]),
    }));
    expect(listed).toEqual(eleven.slice(0, 10).map((e) => ({ title: e.title, score: e.score })));
    expect(text).not.toContain("Blocked Role");
    expect(text).not.toContain("Engineer K");
    // The same order in the HTML part.
    const anchors = [...parseHTML(html).document.querySelectorAll("a")];
    const htmlTitles = anchors
      .filter((a) => (a.getAttribute("style") ?? "").includes("color:#1a0dab"))
      .map((a) => a.textContent);
    expect(htmlTitles).toEqual(eleven.slice(0, 10).map((e) => e.title));

    // Salary: stated as is, the estimate labelled "est."; why-fit from the stored fit.
    expect(text).toContain("€90,000–€110,000 / year");
    expect(text).toContain("est. €70,000–€85,000 / year");
    expect(html).toContain("est. €70,000–€85,000 / year");
    expect(text).toContain("Meets: 5+ years of Go");
    expect(text).toContain("You show 3 of 4 required skills.");
    expect(trackLinks(text)).toHaveLength(10);
    expect(anchors.filter((a) => a.textContent?.trim() === "Track")).toHaveLength(10);
  });

  it("stamps digested_at on exactly the included postings and records an in-app notification", async () => {
    const stamped = await server.runtime.db
      .select({ postingId: postingEnrichments.postingId })
      .from(postingEnrichments)
      .where(and(eq(postingEnrichments.userId, ana.user.id), isNotNull(postingEnrichments.digestedAt)));
    expect(stamped.map((r) => r.postingId).sort()).toEqual(
      eleven
        .slice(0, 10)
        .map((e) => ids.get(e.title))
        .sort(),
    );
    const list = await server.caller(ana.token).notifications.list.query({});
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: "digest", channel: "email", read: false });
    expect(list.items[0]?.data.postingIds).toEqual(eleven.slice(0, 10).map((e) => ids.get(e.title)));
    const [row] = await server.runtime.db.select().from(notifications).where(eq(notifications.userId, ana.user.id));
    expect(row?.emailMessageId).toBe(first.messageId);
  });

  it("a second send the same day sends nothing", async () => {
    const before = (await listOutbox(server.outboxDir)).length;
    const again = await sendVia(server, ana.user.id, new Date(t0.getTime() + 60_000));
    expect(again).toMatchObject({ sent: false, reason: "already_sent", messageId: first.messageId });
    expect((await listOutbox(server.outboxDir)).length).toBe(before);
  });

  it("the Track link tracks the posting once, even when clicked twice", async () => {
    const m = await message(first.messageId as string);
    const link = trackLinks(m.text as string)[0] as string;
    const r1 = await click(link);
    expect(r1.status).toBe(200);
    expect(r1.headers.get("cache-control")).toBe("no-store");
    expect(await r1.text()).toContain("Engineer A");
    const r2 = await click(link);
    expect(r2.status).toBe(200);
    expect(await r2.text()).toContain("Already tracked");
    const rows = await server.runtime.db.select().from(applications).where(eq(applications.userId, ana.user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.postingId).toBe(ids.get("Engineer A"));
    const board = await server.caller(ana.token).applications.list.query();
    expect(JSON.stringify(board)).toContain("Engineer A");
  });

  it("a tampered, expired, mismatched or missing token is a 400 page, never a 500", async () => {
    const m = await message(first.messageId as string);
    const link = new URL(trackLinks(m.text as string)[1] as string);
    const t = link.searchParams.get("t") as string;
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === "A" ? "B" : "A") + s.slice(at + 1);
    const base = `${server.url}/digest/track?t=`;
    const expired = await signDigestToken(TEST_SECRET, {
      userId: ana.user.id,
      action: "track",
      postingId: ids.get("Engineer B") as string,
      expiresAt: Math.floor((Date.now() - 1000) / 1000),
    });
    const otherSecret = await signDigestToken("another-secret-another-secret-another", {
      userId: ana.user.id,
      action: "track",
      postingId: ids.get("Engineer B") as string,
      expiresAt: Math.floor((Date.now() + DAY_MS) / 1000),
    });
    const cases = [
      `${base}${encodeURIComponent(flip(t, t.length - 3))}`, // signature changed
      `${base}${encodeURIComponent(flip(t, 5))}`, // claims changed
      `${base}${encodeURIComponent(expired)}`,
      `${base}${encodeURIComponent(otherSecret)}`,
      `${server.url}/digest/unsubscribe?t=${encodeURIComponent(t)}`, // a track token on another action
      `${base}%25%25%25`,
      `${base}`,
      `${server.url}/digest/snooze`,
    ];
    for (const url of cases) {
      const res = await get(url);
      expect(res.status, url).toBe(400);
      expect(res.headers.get("content-type")).toContain("text/html");
      expect(await res.text()).toContain("This link does not work");
    }
    const expiredRes = await get(`${base}${encodeURIComponent(expired)}`);
    expect(await expiredRes.text()).toContain("expired");
    // None of them tracked anything.
    const rows = await server.runtime.db.select().from(applications).where(eq(applications.userId, ana.user.id));
    expect(rows).toHaveLength(1);
  });

  it("unsubscribe stops the next email but keeps the in-app digest", async () => {
    const m = await message(first.messageId as string);
    const res = await click(lineLink(m.text as string, "Unsubscribe from digest emails"));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Unsubscribed");
    const [p] = await server.runtime.db.select().from(profiles).where(eq(profiles.userId, ana.user.id));
    expect(p?.preferences.digestEmail).toBe(false);

    const tomorrow = await seedScored(server.runtime.db, ana.user.id, [
      { title: "Tomorrow Role", company: "Next Co", score: 80 },
    ]);
    const before = (await listOutbox(server.outboxDir)).length;
    const next = await sendVia(server, ana.user.id, new Date(t0.getTime() + DAY_MS));
    // Engineer K (left out yesterday) and the new posting.
    expect(next).toMatchObject({ sent: false, reason: "email_off", messageId: null, postings: 2 });
    expect((await listOutbox(server.outboxDir)).length).toBe(before);
    const list = await server.caller(ana.token).notifications.list.query({});
    expect(list.items).toHaveLength(2);
    expect(list.items[0]).toMatchObject({ kind: "digest", channel: "in_app" });
    expect(list.items[0]?.data.postingIds).toEqual([tomorrow.get("Tomorrow Role"), ids.get("Engineer K")]);
  });

  it("the unsubscribe URL also takes the RFC 8058 one-click POST", async () => {
    const m = await message(first.messageId as string);
    const url = (header(m, "List-Unsubscribe") as string).slice(1, -1);
    const res = await get(url, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(200);
  });

  it("snooze pauses digests until the date; bad day counts are a 400", async () => {
    const m = await message(first.messageId as string);
    const link = lineLink(m.text as string, "Snooze for 7 days");
    expect(link).toContain("days=7");
    for (const days of ["0", "31", "abc", "-1"]) {
      const bad = await get(link.replace("days=7", `days=${days}`));
      expect(bad.status, days).toBe(400);
    }
    const res = await click(link);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Digest snoozed");
    const [p] = await server.runtime.db.select().from(profiles).where(eq(profiles.userId, ana.user.id));
    const until = Date.parse(p?.preferences.digestSnoozedUntil ?? "");
    expect(until - Date.now()).toBeGreaterThan(6.9 * DAY_MS);
    expect(until - Date.now()).toBeLessThanOrEqual(7 * DAY_MS);

    await seedScored(server.runtime.db, ana.user.id, [{ title: "Snoozed Role", company: "Quiet Co", score: 70 }]);
    const snoozed = await sendVia(server, ana.user.id, new Date(Date.now() + 3 * DAY_MS));
    expect(snoozed).toMatchObject({ sent: false, reason: "snoozed", postings: 0 });
    // After the snooze the waiting posting comes (in-app only: ana unsubscribed from email above).
    const after = await sendVia(server, ana.user.id, new Date(Date.now() + 8 * DAY_MS));
    expect(after).toMatchObject({ sent: false, reason: "email_off", postings: 1 });
  });

  it("nothing new → no email and no notification", async () => {
    const bo = await server.createUser();
    const before = (await listOutbox(server.outboxDir)).length;
    const r = await sendVia(server, bo.user.id);
    expect(r).toMatchObject({ sent: false, postings: 0, messageId: null, reason: "nothing_new" });
    expect((await listOutbox(server.outboxDir)).length).toBe(before);
    expect((await server.caller(bo.token).notifications.list.query()).items).toEqual([]);
  });

  it("notifications.markRead marks the caller's own notification; another user's id is NOT_FOUND", async () => {
    const api = server.caller(ana.token);
    const [n] = (await api.notifications.list.query({ limit: 1 })).items;
    const read = await api.notifications.markRead.mutate({ id: n?.id as string });
    expect(read).toMatchObject({ id: n?.id, read: true });
    expect((await api.notifications.list.query({ unreadOnly: true })).items.map((i) => i.id)).not.toContain(n?.id);
    const other = await server.createUser();
    await expect(server.caller(other.token).notifications.markRead.mutate({ id: n?.id as string })).rejects.toThrow(
      /notification not found/,
    );
  });
});

describe("digest lists the day's due tasks", { timeout: 60_000 }, () => {
  it("shows open tasks due today in both parts, not snoozed or later ones", async () => {
    const bo = await server.createUser();
    await seedScored(server.runtime.db, bo.user.id, [{ title: "Data Engineer", company: "Tasksco", score: 80 }]);
    const [app] = await server.runtime.db
      .insert(applications)
      .values({ userId: bo.user.id, company: "Tasksco", role: "Data Engineer", stage: "applied" })
      .returning();
    if (!app) throw new Error("no app");
    const base = { applicationId: app.id, priority: 1, tags: [] };
    await insertCoachTasks(server.runtime.db, bo.user.id, [
      { ...base, dedupeKey: "a", title: "Follow up with Tasksco", detail: "No reply in 9 days", dueAt: t0 },
      { ...base, dedupeKey: "b", title: "Next week's thing", detail: null, dueAt: new Date(t0.getTime() + 7 * DAY_MS) },
    ]);
    const sent = await sendVia(server, bo.user.id, t0);
    const m = await message(sent.messageId as string);
    expect(m.text).toContain("Due today:");
    expect(m.text).toContain("- Follow up with Tasksco — No reply in 9 days");
    expect(m.text).not.toContain("Next week's thing");
    const doc = parseHTML(m.html as string).document;
    expect(doc.querySelector("h2")?.textContent).toBe("Due today");
    expect(m.html).toContain("Follow up with Tasksco");
    expect(m.html).not.toContain("Next week");
  });
});
