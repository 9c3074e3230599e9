import { applications } from "@vanta/db/schema/applications";
import { profiles } from "@vanta/db/schema/profiles";
import { readOutboxMessage } from "@vanta/server/ports/email/outbox-reader";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, type TestUser } from "../../support/server.ts";
import { lineLink, seedScored, sendVia, TEST_SECRET, trackLinks } from "../digest/support.ts";

// Issue 12, finding 5: mail scanners fetch every link of a message on delivery; the digest's track,
// unsubscribe and snooze links acted on GET, so a scanner tracked, snoozed and unsubscribed.

let server: TestServer;
let bea: TestUser;
let text: string;

beforeAll(async () => {
  server = await startTestServer({ env: { VANTA_SECRET: TEST_SECRET } });
  bea = await server.createUser();
  await seedScored(server.runtime.db, bea.user.id, [
    { title: "Scanner Role A", company: "A Co", score: 90 },
    { title: "Scanner Role B", company: "B Co", score: 80 },
  ]);
  const sent = await sendVia(server, bea.user.id);
  const m = await readOutboxMessage(server.outboxDir, sent.messageId as string);
  text = m?.text ?? "";
});
afterAll(async () => {
  await server?.close();
});

const state = async () => {
  const apps = await server.runtime.db.select().from(applications).where(eq(applications.userId, bea.user.id));
  const [p] = await server.runtime.db.select().from(profiles).where(eq(profiles.userId, bea.user.id));
  return { apps: apps.length, digestEmail: p?.preferences.digestEmail, snoozed: p?.preferences.digestSnoozedUntil };
};

/** The form's action on a confirm page, resolved against the server. */
function formAction(html: string): string {
  const m = /<form method="post" action="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error(`no POST form in:\n${html}`);
  return new URL(m[1].replace(/&amp;/g, "&"), server.url).toString();
}

describe("digest links change nothing on GET", () => {
  it("a scanner fetching every link (twice) tracks, snoozes and unsubscribes nothing", async () => {
    const before = await state();
    const links = [
      ...trackLinks(text),
      lineLink(text, "Unsubscribe from digest emails"),
      lineLink(text, "Snooze for 7 days"),
    ];
    expect(links.length).toBe(4);
    for (const link of [...links, ...links]) {
      const res = await fetch(link, { redirect: "manual" });
      expect(res.status, link).toBe(200);
      const html = await res.text();
      expect(html).toContain('<form method="post"');
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(await state()).toEqual(before);
    expect(before.apps).toBe(0);
  });

  it("the confirm page's button (a POST) does the action", async () => {
    const page = await (await fetch(trackLinks(text)[0] as string)).text();
    expect(page).toContain("Scanner Role A");
    const res = await fetch(formAction(page), { method: "POST" });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Tracked");
    expect((await state()).apps).toBe(1);

    const snoozePage = await (await fetch(lineLink(text, "Snooze for 7 days"))).text();
    expect((await fetch(formAction(snoozePage), { method: "POST" })).status).toBe(200);
    expect((await state()).snoozed).toBeTruthy();
  });

  it("RFC 8058 one-click unsubscribe still works by POST to the List-Unsubscribe URL", async () => {
    const res = await fetch(lineLink(text, "Unsubscribe from digest emails"), {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.status).toBe(200);
    expect((await state()).digestEmail).toBe(false);
  });

  it("a bad token is refused on GET already (no confirm page for a dead link)", async () => {
    const res = await fetch(`${server.url}/digest/track?t=nope`);
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain("<form");
  });
});
