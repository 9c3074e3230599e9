import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { insertNotification } from "@vanta/db/queries/digest";
import { ensureProfile } from "@vanta/db/queries/profiles";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { createInnerContext } from "@vanta/server/context";
import { memoryLogger } from "@vanta/server/log";
import { memoryFileStore } from "@vanta/server/ports/files/memory";
import { appRouter } from "@vanta/server/routers/index";
import { type DigestDeps, sendDigest } from "@vanta/server/services/digest/send";
import { type AppServices, createCallerFactory } from "@vanta/server/trpc";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { errorOf, posting } from "../domain/support.ts";

// The small procedures behind the issue-11 extension UI: the bell (unread count, mark all read), the
// digest settings card (resubscribe, snooze until a day, time + zone with the next three runs) and
// apply clicks. Called in-process on PGlite with a fixed clock.

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const factory = createCallerFactory(appRouter);

async function user(label: string, now: () => Date) {
  const { user } = await ensureUserByEmail(h.db, `${label}-${crypto.randomUUID()}@example.test`);
  const services = { files: memoryFileStore(), now } as Partial<AppServices> as AppServices;
  const caller = factory(
    createInnerContext({ db: h.db, user: { id: user.id, email: user.email }, log: memoryLogger(), services }),
  );
  return { user, caller };
}

describe("notification center", () => {
  it("counts unread notifications per user and marks all read, leaving other users alone", async () => {
    const a = await user("bell-a", () => new Date());
    const b = await user("bell-b", () => new Date());
    for (const title of ["Digest", "Follow up", "Sent"])
      await insertNotification(h.db, { userId: a.user.id, kind: "task", title, data: {} });
    await insertNotification(h.db, { userId: b.user.id, kind: "sync", title: "Refused", data: {} });

    expect(await a.caller.notifications.unreadCount()).toEqual({ unread: 3 });
    const first = (await a.caller.notifications.list({})).items[0];
    if (!first) throw new Error("no notification");
    await a.caller.notifications.markRead({ id: first.id });
    expect(await a.caller.notifications.unreadCount()).toEqual({ unread: 2 });

    expect(await a.caller.notifications.markAllRead()).toEqual({ marked: 2 });
    expect(await a.caller.notifications.unreadCount()).toEqual({ unread: 0 });
    expect((await a.caller.notifications.list({})).items.every((n) => n.read)).toBe(true);
    // a second call has nothing left to mark
    expect(await a.caller.notifications.markAllRead()).toEqual({ marked: 0 });
    expect(await b.caller.notifications.unreadCount()).toEqual({ unread: 1 });
  });
});

describe("digest settings", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("shows the next three runs in the user's zone and moves them (and the saved searches' schedule) when time or zone change", async () => {
    const u = await user("digest-time", () => now);
    await u.caller.searches.create({ name: "Backend", keywords: ["backend"] });
    const moved = await u.caller.digestSettings.update({ digestTime: "07:30", timezone: "America/New_York" });
    expect(moved.digestTime).toBe("07:30");
    expect(moved.timezone).toBe("America/New_York");
    // 2026-03-10 12:00Z is 08:00 EDT (DST began 2026-03-08): today's 07:30 is past → from tomorrow, EDT = UTC-4
    expect(moved.nextRuns).toEqual([
      "2026-03-11T11:30:00.000Z",
      "2026-03-12T11:30:00.000Z",
      "2026-03-13T11:30:00.000Z",
    ]);
    const [search] = await h.db.select().from(schema.searchPrefs).where(eq(schema.searchPrefs.userId, u.user.id));
    expect(search?.cron).toBe("30 7 * * *");
    expect(search?.timezone).toBe("America/New_York");

    const berlin = await u.caller.digestSettings.update({ timezone: "Europe/Berlin", digestTime: "18:05" });
    // Berlin is still on CET (UTC+1) until 2026-03-29
    expect(berlin.nextRuns).toEqual([
      "2026-03-10T17:05:00.000Z",
      "2026-03-11T17:05:00.000Z",
      "2026-03-12T17:05:00.000Z",
    ]);
    expect((await u.caller.profile.get()).digestTime).toBe("18:05");
  });

  it("resubscribes after an unsubscribe, snoozes until a local day (the digest is skipped before it) and ends a snooze", async () => {
    const clock = { now };
    const u = await user("digest-snooze", () => clock.now);
    await u.caller.digestSettings.update({ timezone: "Europe/Berlin", digestTime: "08:00" });
    // what the email's unsubscribe link stores
    await h.db
      .update(schema.profiles)
      .set({ preferences: { digestEmail: false } })
      .where(eq(schema.profiles.userId, u.user.id));
    expect((await u.caller.digestSettings.get()).emailOn).toBe(false);
    expect((await u.caller.digestSettings.update({ emailOn: true })).emailOn).toBe(true);
    expect((await ensureProfile(h.db, u.user.id)).preferences.digestEmail).toBe(true);

    const snoozed = await u.caller.digestSettings.update({ snoozeUntil: "2026-03-14" });
    // midnight of that day in Berlin (CET)
    expect(snoozed.snoozedUntil).toBe("2026-03-13T23:00:00.000Z");
    expect(snoozed.nextRuns[0]).toBe("2026-03-14T07:00:00.000Z");
    // the digest service itself skips a run inside the snooze (no email port needed for that answer)
    const deps = {
      db: h.db,
      log: memoryLogger(),
      publicUrl: "http://x",
      secret: "s",
      now: () => new Date("2026-03-12T07:00:00Z"),
    };
    const skipped = await sendDigest(deps as Omit<DigestDeps, "email"> as DigestDeps, { userId: u.user.id });
    expect(skipped.reason).toBe("snoozed");

    const bad = await errorOf(u.caller.digestSettings.update({ snoozeUntil: "2026-03-10" }));
    expect(bad.code).toBe("BAD_REQUEST");

    const ended = await u.caller.digestSettings.update({ snoozeUntil: null });
    expect(ended.snoozedUntil).toBeNull();
    expect(ended.nextRuns[0]).toBe("2026-03-11T07:00:00.000Z");
    expect((await ensureProfile(h.db, u.user.id)).preferences.digestSnoozedUntil).toBeUndefined();
  });
});

describe("events.applyClick", () => {
  it("writes one apply_click user event for the caller, with the posting and the surface", async () => {
    const u = await user("apply", () => new Date());
    const { application } = await u.caller.applications.track({
      posting: posting(),
      clientRequestId: crypto.randomUUID(),
    });
    const [app] = await h.db.select().from(schema.applications).where(eq(schema.applications.id, application.id));
    const postingId = app?.postingId;
    if (!postingId) throw new Error("no posting");
    expect(await u.caller.events.applyClick({ postingId, surface: "card" })).toEqual({ recorded: true });
    const rows = await h.db
      .select()
      .from(schema.userEvents)
      .where(and(eq(schema.userEvents.userId, u.user.id), eq(schema.userEvents.type, "apply_click")));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.entityId).toBe(postingId);
    expect(rows[0]?.props).toEqual({ surface: "card" });

    const missing = await errorOf(u.caller.events.applyClick({ postingId: crypto.randomUUID(), surface: "feed" }));
    expect(missing.code).toBe("NOT_FOUND");
  });
});
