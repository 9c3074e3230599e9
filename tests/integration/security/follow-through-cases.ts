import { randomUUID } from "node:crypto";
import { insertNotification } from "@vanta/db/queries/digest";
import { applications } from "@vanta/db/schema/applications";
import { userEvents } from "@vanta/db/schema/observability";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { defineCase, ok } from "./case-helpers.ts";
import type { Actor, Fixture, ProcedureCase } from "./procedures.ts";

// Security + bad-input rows for the notification center, digest settings and apply clicks (issue 11 UI).
// Spread into procedureCases in procedures.ts.

const uuid = "00000000-0000-4000-8000-000000000000";

async function ownerUnread(fx: Fixture, owner: Actor) {
  await insertNotification(fx.db, { userId: owner.user.id, kind: "task", title: "Follow up with Acme", data: {} });
  return { before: await ok(fx, "notifications.list", "query", { limit: 100 }, owner) };
}

/** A posting the owner tracked (postings are shared rows; the owner's application points at one). */
async function ownerPosting(fx: Fixture, owner: Actor): Promise<string> {
  const id = randomUUID().slice(0, 8);
  const out = await ok<{ application: { id: string } }>(
    fx,
    "applications.track",
    "mutation",
    {
      posting: {
        title: "Platform Engineer",
        company: `Apply ${id}`,
        locations: ["Berlin, DE"],
        remote: "hybrid",
        employmentType: null,
        salary: null,
        description: "Run the platform.",
        postedAt: null,
        closed: false,
        source: "greenhouse",
        sourceId: `apply-${id}`,
        url: `https://boards.greenhouse.io/apply/jobs/${id}`,
      },
      clientRequestId: randomUUID(),
    },
    owner,
  );
  const [row] = await fx.db
    .select({ postingId: applications.postingId })
    .from(applications)
    .where(eq(applications.id, out.application.id));
  if (!row?.postingId) throw new Error("tracked application has no posting");
  return row.postingId;
}

export const followThroughCases: ProcedureCase<unknown>[] = [
  defineCase({
    path: "notifications.unreadCount",
    type: "query",
    access: "protected",
    input: () => undefined,
    crossUser: {
      setup: async (fx, owner) => ({
        ...(await ownerUnread(fx, owner)),
        count: await ok(fx, "notifications.unreadCount", "query", undefined, owner),
      }),
      // takes no ids: another user sees their own count, never the owner's
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, s: { count: unknown }, owner) {
        expect(await ok(fx, "notifications.unreadCount", "query", undefined, owner)).toEqual(s.count);
      },
    },
    badInputs: [],
  }),
  defineCase({
    path: "notifications.markAllRead",
    type: "mutation",
    access: "protected",
    input: () => undefined,
    crossUser: {
      setup: ownerUnread,
      // takes no ids: another user's call marks only their own notifications
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, s: { before: unknown }, owner) {
        expect(await ok(fx, "notifications.list", "query", { limit: 100 }, owner)).toEqual(s.before);
      },
    },
    badInputs: [],
  }),
  defineCase({
    path: "digestSettings.get",
    type: "query",
    access: "protected",
    input: () => undefined,
    noCrossUser: "takes no input; reads the caller's own profile",
    badInputs: [],
  }),
  defineCase({
    path: "digestSettings.update",
    type: "mutation",
    access: "protected",
    input: () => ({ emailOn: true }),
    crossUser: {
      async setup(fx, owner) {
        await ok(fx, "digestSettings.update", "mutation", { emailOn: false, digestTime: "07:15" }, owner);
        return { before: await ok(fx, "digestSettings.get", "query", undefined, owner) };
      },
      // takes no ids: another user's call changes only their own settings
      input: () => ({ emailOn: true, digestTime: "09:00", snoozeUntil: null }),
      expect: "OK",
      async verifyUnchanged(fx, s: { before: unknown }, owner) {
        expect(await ok(fx, "digestSettings.get", "query", undefined, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: { emailOn: "yes" }, fields: ["emailOn"] },
      { input: { snoozeUntil: "tomorrow" }, fields: ["snoozeUntil"] },
      { input: { snoozeUntil: "2026-02-31" }, fields: ["snoozeUntil"] },
      { input: { snoozeUntil: "2000-01-01" }, fields: ["snoozeUntil"] },
      { input: { digestTime: "25:00" }, fields: ["digestTime"] },
      { input: { timezone: "Mars/Olympus" }, fields: ["timezone"] },
    ],
  }),
  defineCase<{ postingId: string; events: number }>({
    path: "events.applyClick",
    type: "mutation",
    access: "protected",
    input: () => ({ postingId: uuid, surface: "card" }),
    crossUser: {
      async setup(fx, owner) {
        const postingId = await ownerPosting(fx, owner);
        const rows = await fx.db.select().from(userEvents).where(eq(userEvents.userId, owner.user.id));
        return { postingId, events: rows.length };
      },
      // postings are shared: another user's click is recorded as theirs, never the owner's
      input: (s) => ({ postingId: s.postingId, surface: "feed" }),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        const rows = await fx.db.select().from(userEvents).where(eq(userEvents.userId, owner.user.id));
        expect(rows.length).toBe(s.events);
      },
    },
    badInputs: [
      { input: {}, fields: ["postingId", "surface"] },
      { input: { postingId: "x", surface: "card" }, fields: ["postingId"] },
      { input: { postingId: uuid, surface: "email" }, fields: ["surface"] },
    ],
  }),
];
