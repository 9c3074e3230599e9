import { notifications } from "@vanta/db/schema/documents";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ResendStandIn, startResendServer } from "../../support/resend-server.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";
import { DAY_MS, lineLink, seedScored, sendVia, TEST_SECRET, trackLinks } from "./support.ts";

// The same digest through the Resend adapter (RESEND_API_KEY set), against the local stand-in that
// speaks Resend's wire format: headers, both parts and tags arrive as Resend expects them.

let resend: ResendStandIn;
let server: TestServer;

beforeAll(async () => {
  resend = await startResendServer("re_digest_key");
  server = await startTestServer({
    env: {
      VANTA_SECRET: TEST_SECRET,
      RESEND_API_KEY: "re_digest_key",
      RESEND_BASE_URL: resend.url,
      EMAIL_FROM: "Vanta <digest@vanta.example.com>",
    },
  });
});

afterAll(async () => {
  await server?.close();
  await resend?.close();
});

describe("daily digest through Resend", { timeout: 60_000 }, () => {
  it("sends the message in Resend's format, with the Resend id stored on the notification", async () => {
    expect(server.runtime.adapters.email).toBe("resend");
    const u = await server.createUser();
    await seedScored(server.runtime.db, u.user.id, [
      { title: "Staff Engineer", company: "Acme", score: 88, stated: { min: 150_000, max: 180_000, currency: "USD" } },
      {
        title: "Backend Engineer",
        company: "Beta",
        score: 71,
        estimate: { min: 120_000, max: 140_000, currency: "USD" },
      },
    ]);
    const r = await sendVia(server, u.user.id);
    expect(r).toMatchObject({ sent: true, postings: 2 });
    const sent = resend.sent.find((m) => m.id === r.messageId);
    expect(sent).toBeDefined();
    if (!sent) return;
    expect(sent.from).toBe("Vanta <digest@vanta.example.com>");
    expect(sent.to).toBe(u.user.email);
    expect(sent.subject).toContain("2 new jobs");
    expect(sent.headers?.["List-Unsubscribe"]).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/digest\/unsubscribe\?t=.+>$/);
    expect(sent.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(sent.tags).toEqual([{ name: "category", value: "digest" }]);
    const text = sent.text ?? "";
    expect(text.indexOf("Staff Engineer")).toBeLessThan(text.indexOf("Backend Engineer"));
    expect(text).toContain("(score 88)");
    expect(text).toContain("$150,000–$180,000 / year");
    expect(text).toContain("est. $120,000–$140,000 / year");
    expect(sent.html).toContain("est. $120,000–$140,000 / year");
    expect(trackLinks(text)).toHaveLength(2);
    // The links work the same way whichever adapter mailed them.
    const unsub = await fetch(lineLink(text, "Unsubscribe from digest emails"));
    expect(unsub.status).toBe(200);

    const [row] = await server.runtime.db.select().from(notifications).where(eq(notifications.userId, u.user.id));
    expect(row).toMatchObject({ channel: "email", emailMessageId: r.messageId });
  });

  it("a failed send keeps the in-app digest; a retried delivery the same day sends the email once", async () => {
    const u = await server.createUser();
    await seedScored(server.runtime.db, u.user.id, [{ title: "Data Engineer", company: "Gamma", score: 77 }]);
    const before = resend.sent.length;
    resend.rateLimitNext = 1;
    const failed = await sendVia(server, u.user.id);
    expect(failed).toMatchObject({ sent: false, reason: "email_failed", postings: 1, messageId: null });
    expect(resend.sent.length).toBe(before);
    expect((await server.caller(u.token).notifications.list.query()).items).toHaveLength(1);

    const retried = await sendVia(server, u.user.id, new Date(Date.now() + 60_000));
    expect(retried).toMatchObject({ sent: true, postings: 1 });
    expect(resend.sent.length).toBe(before + 1);
    const again = await sendVia(server, u.user.id, new Date(Date.now() + 120_000));
    expect(again).toMatchObject({ sent: false, reason: "already_sent", messageId: retried.messageId });
    expect(resend.sent.length).toBe(before + 1);
    // Still one notification for the day, now marked as emailed.
    const items = (await server.caller(u.token).notifications.list.query()).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ channel: "email" });
    // The next day with nothing new: no email.
    const tomorrow = await sendVia(server, u.user.id, new Date(Date.now() + DAY_MS));
    expect(tomorrow).toMatchObject({ sent: false, reason: "nothing_new" });
  });
});
