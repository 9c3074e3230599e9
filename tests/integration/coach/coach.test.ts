import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { ensureProfile, updateProfile } from "@vanta/db/queries/profiles";
import { createInnerContext } from "@vanta/server/context";
import { memoryLogger } from "@vanta/server/log";
import { createOfflineModelPort } from "@vanta/server/ports/model/offline/model";
import { tasksRouter } from "@vanta/server/routers/tasks";
import { runCoach } from "@vanta/server/services/coach/run";
import { type AppServices, createCallerFactory } from "@vanta/server/trpc";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { errorOf, makeUser, posting } from "../domain/support.ts";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

const models = createOfflineModelPort();
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** An application with its last event on `lastEvent` (set by hand: events carry the real clock otherwise). */
async function tracked(
  caller: Awaited<ReturnType<typeof makeUser>>["caller"],
  userId: string,
  stage: "prospect" | "applied" | "interview" | "offer",
  lastEvent: string,
  company: string,
) {
  const { application } = await caller.applications.track({
    posting: posting({ company }),
    clientRequestId: crypto.randomUUID(),
  });
  if (stage !== "prospect") await caller.applications.move({ id: application.id, stage });
  await h.db
    .update(schema.applicationEvents)
    .set({ occurredAt: day(lastEvent) })
    .where(
      and(eq(schema.applicationEvents.applicationId, application.id), eq(schema.applicationEvents.userId, userId)),
    );
  await h.db
    .update(schema.applications)
    .set({ stageChangedAt: day(lastEvent) })
    .where(eq(schema.applications.id, application.id));
  return application.id;
}

function tasksCaller(userId: string, email: string, now: Date) {
  const services = { model: models, now: () => now } as Partial<AppServices> as AppServices;
  return createCallerFactory(tasksRouter)(
    createInnerContext({ db: h.db, user: { id: userId, email }, log: memoryLogger(), services }),
  );
}

describe("coach", () => {
  it("creates the rule tasks with reasons, once per day however often it runs, and records the agent run", async () => {
    const { user, caller } = await makeUser(h.db, "coach");
    await ensureProfile(h.db, user.id);
    await updateProfile(h.db, user.id, { timezone: "America/New_York" });
    const applied = await tracked(caller, user.id, "applied", "2026-11-01", "Silentco");
    await tracked(caller, user.id, "applied", "2026-11-08", "Recentco");
    const offer = await tracked(caller, user.id, "offer", "2026-11-09", "Offerco");
    const stale = await tracked(caller, user.id, "prospect", "2026-10-20", "Staleco");
    const interview = await tracked(caller, user.id, "interview", "2026-11-05", "Meetco");
    const now = day("2026-11-10");
    const t = tasksCaller(user.id, user.email, now);
    await t.scheduleEvent({ applicationId: interview, kind: "interview", at: "2026-11-13T15:00:00-05:00" });

    const deps = { db: h.db, models, log: memoryLogger(), now: () => now };
    const first = await runCoach(deps, user.id);
    expect(first.localDay).toBe("2026-11-10");
    const byApp = new Map(first.created.map((c) => [c.applicationId, c]));
    expect(byApp.get(applied)?.title).toBe("Follow up with Silentco");
    expect(byApp.get(applied)?.detail).toMatch(/Silentco.*9 days/);
    expect(byApp.get(offer)?.title).toBe("Decide on the Offerco offer");
    expect(byApp.get(stale)?.title).toContain("Staleco");
    expect(byApp.get(interview)?.title).toContain("2026-11-13");
    // due the day before the interview, in the user's zone
    expect(byApp.get(interview)?.dueAt).toBe("2026-11-12T14:00:00.000Z");
    expect(first.created).toHaveLength(4);
    expect(first.modelRunId).toBeTruthy();
    const runs = await h.db.select().from(schema.modelRuns).where(eq(schema.modelRuns.userId, user.id));
    expect(runs.map((r) => [r.agent, r.success])).toEqual([["coach", true]]);

    const second = await runCoach(deps, user.id);
    expect(second).toMatchObject({ created: [], existing: 4 });
    const rows = await h.db.select().from(schema.tasks).where(eq(schema.tasks.userId, user.id));
    expect(rows).toHaveLength(4);
    // due today → in-app notifications, one per task due today
    const notes = await h.db.select().from(schema.notifications).where(eq(schema.notifications.userId, user.id));
    expect(notes.filter((n) => n.kind === "task")).toHaveLength(3);
  });

  it("inbox: lists due tasks with a count, snoozes, completes once with a task_completed event, scoped to the owner", async () => {
    const { user, caller } = await makeUser(h.db, "inbox");
    await tracked(caller, user.id, "applied", "2026-11-01", "Followco");
    const now = day("2026-11-10");
    await runCoach({ db: h.db, models, log: memoryLogger(), now: () => now }, user.id);
    const t = tasksCaller(user.id, user.email, now);
    const list = await t.list({});
    expect(list.dueCount).toBe(1);
    const task = list.items[0];
    if (!task) throw new Error("no task");

    const snoozed = await t.snooze({ id: task.id, until: "2026-11-12T09:00:00Z" });
    expect(snoozed.snoozedUntil).toBe("2026-11-12T09:00:00.000Z");
    expect((await t.list({})).items).toHaveLength(0);
    expect((await t.list({ includeSnoozed: true })).items).toHaveLength(1);
    expect((await errorOf(t.snooze({ id: task.id, until: "2026-11-01T00:00:00Z" }))).code).toBe("BAD_REQUEST");

    const other = await makeUser(h.db, "other");
    const o = tasksCaller(other.user.id, other.user.email, now);
    expect((await errorOf(o.complete({ id: task.id }))).code).toBe("NOT_FOUND");

    const done = await t.complete({ id: task.id });
    expect(done.status).toBe("done");
    await t.complete({ id: task.id });
    const events = await h.db
      .select()
      .from(schema.userEvents)
      .where(and(eq(schema.userEvents.userId, user.id), eq(schema.userEvents.type, "task_completed")));
    expect(events).toHaveLength(1);
    // a completed follow-up is not created again by a later run for the same silence
    const later = await runCoach({ db: h.db, models, log: memoryLogger(), now: () => day("2026-11-11") }, user.id);
    expect(later.created).toHaveLength(0);
  });
});
