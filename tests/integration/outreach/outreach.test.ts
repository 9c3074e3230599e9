import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { insertResumeVersion } from "@vanta/db/queries/resume-versions";
import { createInnerContext } from "@vanta/server/context";
import { memoryLogger } from "@vanta/server/log";
import { createOutboxEmail } from "@vanta/server/ports/email/outbox";
import { createResendEmail } from "@vanta/server/ports/email/resend";
import type { EmailPort } from "@vanta/server/ports/email/types";
import { createOfflineModelPort } from "@vanta/server/ports/model/offline/model";
import { contactsRouter, outreachRouter } from "@vanta/server/routers/outreach";
import { unsupportedInMessage } from "@vanta/server/services/outreach/check";
import { type AppServices, createCallerFactory, router } from "@vanta/server/trpc";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { startResendServer } from "../../support/resend-server.ts";
import { errorOf, makeUser, posting } from "../domain/support.ts";

let h: DbHandle;
const outboxDir = mkdtempSync(join(tmpdir(), "vanta-outreach-"));
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
  rmSync(outboxDir, { recursive: true, force: true });
});

const r = router({ contacts: contactsRouter, outreach: outreachRouter });
const models = createOfflineModelPort();

function callerFor(user: { id: string; email: string }, email: EmailPort) {
  const services = { model: models, email, now: () => new Date() } as Partial<AppServices> as AppServices;
  return createCallerFactory(r)(createInnerContext({ db: h.db, user, log: memoryLogger(), services }));
}

const resume = {
  basics: { name: "Dana Reyes" },
  work: [
    {
      name: "Finlytics",
      position: "Backend Engineer",
      startDate: "2021-03",
      highlights: [
        "Built payment APIs in TypeScript and PostgreSQL serving 2M requests a day",
        "Organised the office book club",
      ],
    },
  ],
};

async function setup(email: EmailPort) {
  const { user, caller } = await makeUser(h.db, "outreach");
  await insertResumeVersion(h.db, { userId: user.id, isCurrent: true, text: "", content: resume });
  const { application } = await caller.applications.track({
    posting: posting({ company: "Paybridge" }),
    clientRequestId: crypto.randomUUID(),
  });
  const c = callerFor(user, email);
  const contact = await c.contacts.add({
    applicationId: application.id,
    name: "Sam Lee",
    role: "Engineering Manager",
    email: "sam@paybridge.example",
  });
  return { user, c, application, contact, tracker: caller };
}

describe("outreach", () => {
  const outbox = createOutboxEmail({ dir: outboxDir, from: "Vanta <vanta@localhost>" });

  it("drafts from facts only, in each tone, recorded as an agent run", async () => {
    const { c, contact, user } = await setup(outbox);
    const warm = await c.outreach.draft({ contactId: contact.id, tone: "warm" });
    expect(warm.message).toMatchObject({ status: "draft", recipientEmail: "sam@paybridge.example", tone: "warm" });
    expect(warm.message.body).toContain("Hi Sam");
    expect(warm.message.body).toContain("Paybridge");
    // the evidence is the resume line that matches the posting, not the book club
    expect(warm.message.body).toMatch(/payment APIs in TypeScript and PostgreSQL/);
    expect(warm.message.body).not.toMatch(/book club/);
    expect(warm.flags).toEqual([]);
    const formal = await c.outreach.draft({ contactId: contact.id, tone: "formal" });
    expect(formal.message.body).toMatch(/^Dear Sam Lee,/);
    const brief = await c.outreach.draft({ contactId: contact.id, tone: "brief" });
    expect(brief.message.body.length).toBeLessThan(warm.message.body.length);
    const runs = await h.db.select().from(schema.modelRuns).where(eq(schema.modelRuns.userId, user.id));
    expect(runs.filter((x) => x.agent === "outreach" && x.success)).toHaveLength(3);
  });

  it("the server enforces the approval gate: draft → FORBIDDEN; approve → sent once; edit → back to draft", async () => {
    const { c, contact, user, application, tracker } = await setup(outbox);
    const { message } = await c.outreach.draft({ contactId: contact.id, tone: "brief" });
    expect((await errorOf(c.outreach.send({ id: message.id, channel: "email" }))).code).toBe("FORBIDDEN");

    const other = await makeUser(h.db, "intruder");
    const o = callerFor(other.user, outbox);
    expect((await errorOf(o.outreach.approve({ id: message.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(o.outreach.send({ id: message.id, channel: "email" }))).code).toBe("NOT_FOUND");

    await c.outreach.approve({ id: message.id });
    // an edit after approval needs a new approval
    const edited = await c.outreach.update({
      id: message.id,
      body: `${message.body}\n\nP.S. Happy to share code samples.`,
    });
    expect(edited.status).toBe("draft");
    expect((await errorOf(c.outreach.send({ id: message.id, channel: "email" }))).code).toBe("FORBIDDEN");
    await c.outreach.approve({ id: message.id });

    const sent = await c.outreach.send({ id: message.id, channel: "email" });
    expect(sent.message.status).toBe("sent");
    expect((await errorOf(c.outreach.send({ id: message.id, channel: "email" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(c.outreach.update({ id: message.id, body: "changed" }))).code).toBe("FORBIDDEN");

    const [row] = await h.db.select().from(schema.outreach).where(eq(schema.outreach.id, message.id));
    const eml = readFileSync(join(outboxDir, `${row?.messageId}.eml`), "utf8");
    expect(eml).toMatch(new RegExp(`^Reply-To: ${user.email}`, "m"));
    expect(eml).toMatch(/^To: sam@paybridge\.example/m);
    expect(eml).toContain("code samples");

    const events = await h.db
      .select()
      .from(schema.userEvents)
      .where(and(eq(schema.userEvents.userId, user.id), eq(schema.userEvents.type, "outreach_sent")));
    expect(events).toHaveLength(1);
    const detail = await tracker.applications.get({ id: application.id });
    expect(detail.events.some((e) => e.type === "email" && e.detail.outreachId === message.id)).toBe(true);
    const notes = await h.db.select().from(schema.notifications).where(eq(schema.notifications.userId, user.id));
    expect(notes.filter((n) => n.kind === "outreach")).toHaveLength(1);
  });

  it("sends through Resend with the user's Reply-To; a provider failure keeps it approved for a retry", async () => {
    const standIn = await startResendServer("re_test_key");
    try {
      const resend = createResendEmail({
        apiKey: "re_test_key",
        from: "Vanta <vanta@vanta.example>",
        baseUrl: standIn.url,
      });
      const { c, contact, user } = await setup(resend);
      const { message } = await c.outreach.draft({ contactId: contact.id, tone: "formal" });
      await c.outreach.approve({ id: message.id });
      standIn.rateLimitNext = 1;
      expect((await errorOf(c.outreach.send({ id: message.id, channel: "email" }))).code).toBe("SERVICE_UNAVAILABLE");
      expect((await c.outreach.list({ applicationId: message.applicationId as string }))[0]?.status).toBe("approved");
      const sent = await c.outreach.send({ id: message.id, channel: "email" });
      expect(sent.message.status).toBe("sent");
      expect(standIn.sent).toHaveLength(1);
      expect(standIn.sent[0]).toMatchObject({ to: "sam@paybridge.example", reply_to: user.email });
    } finally {
      await standIn.close();
    }
  });

  it("copy for LinkedIn records the send without email; contacts validate their fields", async () => {
    const { c, contact, application } = await setup(outbox);
    const { message } = await c.outreach.draft({ contactId: contact.id, tone: "warm" });
    await c.outreach.approve({ id: message.id });
    const out = await c.outreach.send({ id: message.id, channel: "linkedin" });
    expect(out.text).toBe(message.body);
    expect(out.message).toMatchObject({ status: "sent", channel: "linkedin" });
    expect(
      (await errorOf(c.contacts.add({ applicationId: application.id, name: "X", linkedinUrl: "javascript:alert(1)" })))
        .code,
    ).toBe("BAD_REQUEST");
  });

  it("flags numbers and names a model adds that the facts do not hold", () => {
    const facts = {
      tone: "warm" as const,
      sender: { name: "Dana Reyes", currentTitle: "Backend Engineer", currentEmployer: "Finlytics" },
      contact: { name: "Sam Lee", role: null },
      company: "Paybridge",
      role: "Platform Engineer",
      evidence: [{ path: "work[0].highlights[0]", text: "Built payment APIs serving 2M requests a day" }],
    };
    expect(unsupportedInMessage("Hi Sam, I built payment APIs serving 2M requests a day at Finlytics.", facts)).toEqual(
      [],
    );
    const flags = unsupportedInMessage("Hi Sam, I cut costs by 40% at Google and led 12 engineers.", facts);
    expect(flags.join(" ")).toContain("40%");
    expect(flags.join(" ")).toContain("Google");
    expect(flags.join(" ")).toContain("12");
  });
});
