import { randomUUID } from "node:crypto";
import { insertCoachTasks } from "@vanta/db/queries/tasks";
import { expect } from "vitest";
import { defineCase, ok } from "./case-helpers.ts";
import type { Actor, Fixture, ProcedureCase } from "./procedures.ts";

// Security + bad-input rows for tasks.* (the coach's inbox). Spread into procedureCases in procedures.ts.

const uuid = "00000000-0000-4000-8000-000000000000";

async function ownerTrack(fx: Fixture, owner: Actor): Promise<string> {
  const id = randomUUID().slice(0, 8);
  const out = await ok<{ application: { id: string } }>(
    fx,
    "applications.track",
    "mutation",
    {
      posting: {
        title: "Backend Engineer",
        company: `Tasks ${id}`,
        locations: ["Berlin, DE"],
        remote: "hybrid",
        employmentType: null,
        salary: null,
        description: "Build APIs.",
        postedAt: null,
        closed: false,
        source: "greenhouse",
        sourceId: `task-${id}`,
        url: `https://boards.greenhouse.io/tasks/jobs/${id}`,
      },
      clientRequestId: randomUUID(),
    },
    owner,
  );
  return out.application.id;
}

/** One open coach task of the owner, written directly (the coach is tested in coach/). */
async function ownerTask(fx: Fixture, owner: Actor) {
  const applicationId = await ownerTrack(fx, owner);
  const [row] = await insertCoachTasks(fx.db, owner.user.id, [
    {
      applicationId,
      dedupeKey: `follow_up:${applicationId}:2026-01-01`,
      title: "Follow up",
      detail: null,
      priority: 1,
      dueAt: new Date(Date.now() - 60_000),
      tags: [],
    },
  ]);
  if (!row) throw new Error("task not inserted");
  return { id: row.id, applicationId, before: await ok(fx, "tasks.list", "query", { includeSnoozed: true }, owner) };
}

type TaskState = Awaited<ReturnType<typeof ownerTask>>;
const unchanged = async (fx: Fixture, s: TaskState, owner: Actor) =>
  expect(await ok(fx, "tasks.list", "query", { includeSnoozed: true }, owner)).toEqual(s.before);

const future = () => new Date(Date.now() + 86_400_000).toISOString();

export const taskCases: ProcedureCase<unknown>[] = [
  defineCase({
    path: "tasks.list",
    type: "query",
    access: "protected",
    input: () => ({}),
    noCrossUser: "takes no ids; lists the caller's own tasks",
    badInputs: [{ input: { limit: 0 }, fields: ["limit"] }],
    junkIsValid: false,
  }),
  defineCase({
    path: "tasks.create",
    type: "mutation",
    access: "protected",
    input: () => ({ title: "Call the recruiter" }),
    crossUser: {
      async setup(fx, owner) {
        return ownerTask(fx, owner);
      },
      input: (s) => ({ title: "sneaky", applicationId: s.applicationId }),
      verifyUnchanged: unchanged,
    },
    badInputs: [
      { input: {}, fields: ["title"] },
      { input: { title: "x", applicationId: "nope" }, fields: ["applicationId"] },
      { input: { title: "x", dueAt: "tomorrow" }, fields: ["dueAt"] },
    ],
  }),
  defineCase({
    path: "tasks.complete",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid }),
    crossUser: { setup: ownerTask, input: (s) => ({ id: s.id }), verifyUnchanged: unchanged },
    badInputs: [
      { input: {}, fields: ["id"] },
      { input: { id: "x" }, fields: ["id"] },
    ],
  }),
  defineCase({
    path: "tasks.snooze",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid, until: future() }),
    crossUser: { setup: ownerTask, input: (s) => ({ id: s.id, until: future() }), verifyUnchanged: unchanged },
    badInputs: [
      { input: { id: uuid }, fields: ["until"] },
      { input: { id: uuid, until: "soon" }, fields: ["until"] },
    ],
  }),
  defineCase({
    path: "tasks.scheduleEvent",
    type: "mutation",
    access: "protected",
    input: () => ({ applicationId: uuid, kind: "interview", at: future() }),
    crossUser: {
      async setup(fx, owner) {
        const s = await ownerTask(fx, owner);
        return { ...s, detail: await ok(fx, "applications.get", "query", { id: s.applicationId }, owner) };
      },
      input: (s) => ({ applicationId: s.applicationId, kind: "interview", at: future() }),
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "applications.get", "query", { id: s.applicationId }, owner)).toEqual(s.detail);
      },
    },
    badInputs: [
      { input: { applicationId: uuid, kind: "lunch", at: future() }, fields: ["kind"] },
      { input: { applicationId: uuid, kind: "interview", at: "monday" }, fields: ["at"] },
    ],
  }),
  defineCase({
    path: "tasks.runCoach",
    type: "mutation",
    access: "protected",
    input: () => undefined,
    noCrossUser: "takes no input; runs the coach on the caller's own pipeline",
    badInputs: [],
  }),
  defineCase({
    path: "analytics.summary",
    type: "query",
    access: "protected",
    input: () => undefined,
    // Its answer holds counts, never ids, so "no owner id in B's answer" could not fail here; scoping is
    // asserted where the numbers are known: analytics.test.ts seeds another user's Offer and checks the funnel.
    noCrossUser: "takes no ids; counts only the caller's rows (tests/integration/analytics/analytics.test.ts)",
    badInputs: [],
  }),
];
