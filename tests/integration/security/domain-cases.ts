import { randomUUID } from "node:crypto";
import { schema } from "@vanta/db";
import { insertNotification } from "@vanta/db/queries/digest";
import type { Posting } from "@vanta/shared/posting";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { defineCase, ok } from "./case-helpers.ts";
import type { Actor, Fixture, ProcedureCase } from "./procedures.ts";

// Security + bad-input rows for the domain procedures (postings, applications, audit, profile,
// searches, feed, notifications). Spread into procedureCases in procedures.ts.

function posting(over: Partial<Posting> = {}): Posting {
  const id = randomUUID().slice(0, 8);
  return {
    title: "Backend Engineer",
    company: `Secure ${id}`,
    locations: ["Berlin, DE"],
    remote: "hybrid",
    employmentType: null,
    salary: null,
    description: "Build APIs with TypeScript and PostgreSQL.",
    postedAt: null,
    closed: false,
    source: "greenhouse",
    sourceId: `sec-${id}`,
    url: `https://boards.greenhouse.io/secure/jobs/${id}`,
    ...over,
  };
}

/** The stored posting as its owner reads it, and the row itself (every column a capture could touch). */
async function postingView(fx: Fixture, postingId: string, owner: Actor) {
  const got = await ok<Record<string, unknown>>(fx, "postings.get", "query", { id: postingId }, owner);
  const [row] = await fx.db.select().from(schema.jobPostings).where(eq(schema.jobPostings.id, postingId));
  const { updatedAt: _u, lastSeenAt: _l, ...stored } = row ?? {};
  return { got, stored };
}

interface Card {
  id: string;
  stage: string;
  postingId: string;
}
interface Tracked {
  application: Card;
  posting: Posting;
  clientRequestId: string;
}

async function tracked(fx: Fixture, owner: Actor): Promise<Tracked> {
  const p = posting();
  const clientRequestId = randomUUID();
  const out = await ok<{ application: Card }>(
    fx,
    "applications.track",
    "mutation",
    { posting: p, clientRequestId },
    owner,
  );
  return { application: out.application, posting: p, clientRequestId };
}

/** The owner's card, timeline, notes and attachments must be exactly as before. */
async function detailOf(fx: Fixture, owner: Actor, id: string) {
  return ok<{ card: Card; events: unknown[]; notes: { body: string }[]; attachments: unknown[] }>(
    fx,
    "applications.get",
    "query",
    { id },
    owner,
  );
}

function appCase(
  path: string,
  type: "query" | "mutation",
  input: (t: Tracked & { noteId: string }) => unknown,
  badInputs: ProcedureCase["badInputs"],
) {
  return defineCase<Tracked & { noteId: string; before: unknown }>({
    path,
    type,
    access: "protected",
    input: () => input({ application: { id: randomUUID() } as Card, noteId: randomUUID() } as never),
    crossUser: {
      async setup(fx, owner) {
        const t = await tracked(fx, owner);
        const note = await ok<{ id: string }>(
          fx,
          "applications.addNote",
          "mutation",
          { applicationId: t.application.id, body: "owner's note" },
          owner,
        );
        return { ...t, noteId: note.id, before: await detailOf(fx, owner, t.application.id) };
      },
      input: (s) => input(s),
      async verifyUnchanged(fx, s, owner) {
        expect(await detailOf(fx, owner, s.application.id)).toEqual(s.before);
      },
    },
    badInputs,
  });
}

const uuid = "00000000-0000-4000-8000-000000000000";

async function ownerCapture(fx: Fixture, owner: Actor) {
  const out = await ok<{ postingId: string }>(fx, "postings.capture", "mutation", { posting: posting() }, owner);
  const feed = await ok<unknown>(fx, "feed.list", "query", { limit: 50 }, owner);
  return { postingId: out.postingId, feed };
}

function feedStateCase(path: string, extra: Record<string, unknown>, badInputs: ProcedureCase["badInputs"]) {
  return defineCase<{ postingId: string; feed: unknown }>({
    path,
    type: "mutation",
    access: "protected",
    input: () => ({ postingId: uuid, ...extra }),
    crossUser: {
      setup: ownerCapture,
      input: (s) => ({ postingId: s.postingId, ...extra }),
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "feed.list", "query", { limit: 50 }, owner)).toEqual(s.feed);
      },
    },
    badInputs,
  });
}

export const domainCases: ProcedureCase<unknown>[] = [
  // ---- postings ----
  defineCase<{ posting: Posting; postingId: string; before: unknown }>({
    path: "postings.capture",
    type: "mutation",
    access: "protected",
    input: () => ({ posting: posting() }),
    // A capture must never rewrite shared data: B captures A's job (same board id, tracking link)
    // with another title, company, salary, text and closed; the stored posting A sees stays as it was.
    crossUser: {
      async setup(fx, owner) {
        const p = posting({ salary: { min: 90_000, max: 110_000, currency: "EUR", period: "year" } });
        const out = await ok<{ postingId: string }>(fx, "postings.capture", "mutation", { posting: p }, owner);
        return { posting: p, postingId: out.postingId, before: await postingView(fx, out.postingId, owner) };
      },
      input: (s: { posting: Posting }) => ({
        posting: {
          ...s.posting,
          title: "Rewritten Title",
          company: "Someone Else",
          salary: { min: 1, max: 2, currency: "USD", period: "hour" },
          description: "Rewritten text.",
          closed: true,
          url: `${s.posting.url}?gh_src=crafted`,
        },
      }),
      expect: "OK",
      async verifyUnchanged(fx, s: { postingId: string; before: unknown }, owner) {
        expect(await postingView(fx, s.postingId, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: {}, fields: ["posting"] },
      { input: { posting: posting({ url: "not a url" }) }, fields: ["posting.url"] },
      { input: { posting: { ...posting(), remote: "sometimes" } }, fields: ["posting.remote"] },
      { input: { posting: posting({ title: "" }) }, fields: ["posting.title"] },
    ],
  }),
  ...(["postings.get", "postings.fit"] as const).map((path) =>
    defineCase<{ postingId: string; before: unknown }>({
      path,
      type: "query",
      access: "protected",
      input: () => (path === "postings.get" ? { id: uuid } : { postingId: uuid }),
      crossUser: {
        async setup(fx, owner) {
          const { postingId } = await ownerCapture(fx, owner);
          return { postingId, before: await ok(fx, "postings.fit", "query", { postingId }, owner) };
        },
        input: (s) => (path === "postings.get" ? { id: s.postingId } : { postingId: s.postingId }),
        async verifyUnchanged(fx, s, owner) {
          expect(await ok(fx, "postings.fit", "query", { postingId: s.postingId }, owner)).toEqual(s.before);
        },
      },
      badInputs:
        path === "postings.get"
          ? [
              { input: {}, fields: ["id"] },
              { input: { id: "x" }, fields: ["id"] },
            ]
          : [{ input: { postingId: 7 }, fields: ["postingId"] }],
    }),
  ),

  // ---- applications ----
  defineCase<Tracked & { before: unknown }>({
    path: "applications.track",
    type: "mutation",
    access: "protected",
    input: () => ({ posting: posting(), clientRequestId: randomUUID() }),
    crossUser: {
      // B replaying A's clientRequestId for the same posting gets B's own new card, never A's.
      async setup(fx, owner) {
        const t = await tracked(fx, owner);
        return { ...t, before: await ok(fx, "applications.list", "query", {}, owner) };
      },
      input: (s) => ({ posting: s.posting, clientRequestId: s.clientRequestId }),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "applications.list", "query", {}, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: {}, fields: ["posting", "clientRequestId"] },
      { input: { posting: posting(), clientRequestId: "nope" }, fields: ["clientRequestId"] },
      { input: { posting: posting(), clientRequestId: uuid, stage: "offer" }, fields: ["stage"] },
    ],
  }),
  defineCase<Tracked>({
    path: "applications.statusForUrl",
    type: "query",
    access: "protected",
    input: () => ({ url: "https://example.com/jobs/1" }),
    crossUser: {
      setup: tracked,
      input: (s) => ({ url: s.posting.url }),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        const mine = await ok<{ applicationId: string } | null>(
          fx,
          "applications.statusForUrl",
          "query",
          { url: s.posting.url },
          owner,
        );
        expect(mine?.applicationId).toBe(s.application.id);
      },
    },
    badInputs: [
      { input: {}, fields: ["url"] },
      { input: { url: "not a url" }, fields: ["url"] },
    ],
  }),
  defineCase<Tracked & { before: unknown }>({
    path: "applications.list",
    type: "query",
    access: "protected",
    input: () => ({}),
    crossUser: {
      async setup(fx, owner) {
        const t = await tracked(fx, owner);
        return { ...t, before: await ok(fx, "applications.list", "query", {}, owner) };
      },
      input: () => ({}),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "applications.list", "query", {}, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: { search: 42 }, fields: ["search"] },
      { input: { search: "x".repeat(201) }, fields: ["search"] },
    ],
  }),
  appCase("applications.move", "mutation", (s) => ({ id: s.application.id, stage: "applied" }), [
    { input: { id: uuid, stage: "outcome" }, fields: ["outcome"] },
    { input: { id: uuid, stage: "screen", outcome: "won" }, fields: ["outcome"] },
    { input: { id: "x", stage: "applied" }, fields: ["id"] },
    { input: { id: uuid, stage: "nope" }, fields: ["stage"] },
    { input: { id: uuid, stage: "applied", position: -1 }, fields: ["position"] },
  ]),
  appCase("applications.get", "query", (s) => ({ id: s.application.id }), [
    { input: {}, fields: ["id"] },
    { input: { id: "x" }, fields: ["id"] },
  ]),
  appCase("applications.addNote", "mutation", (s) => ({ applicationId: s.application.id, body: "intruder" }), [
    { input: {}, fields: ["applicationId", "body"] },
    { input: { applicationId: uuid, body: "   " }, fields: ["body"] },
    { input: { applicationId: uuid, body: "x".repeat(20_001) }, fields: ["body"] },
  ]),
  appCase("applications.updateNote", "mutation", (s) => ({ noteId: s.noteId, body: "intruder" }), [
    { input: { noteId: "x", body: "y" }, fields: ["noteId"] },
    { input: { noteId: uuid, body: "" }, fields: ["body"] },
  ]),
  appCase("applications.deleteNote", "mutation", (s) => ({ noteId: s.noteId }), [
    { input: { noteId: 1 }, fields: ["noteId"] },
  ]),
  appCase(
    "applications.addAttachment",
    "mutation",
    (s) => ({ applicationId: s.application.id, filename: "a.txt", mimeType: "text/plain", contentBase64: "aGk=" }),
    [
      {
        input: { applicationId: uuid, filename: "", mimeType: "text/plain", contentBase64: "aGk=" },
        fields: ["filename"],
      },
      {
        input: { applicationId: uuid, filename: "a.txt", mimeType: "text/plain", contentBase64: "!!!" },
        fields: ["contentBase64"],
      },
      {
        input: { applicationId: "x", filename: "a.txt", mimeType: "text/plain", contentBase64: "aGk=" },
        fields: ["applicationId"],
      },
    ],
  ),
  defineCase<Tracked & { before: unknown }>({
    path: "audit.list",
    type: "query",
    access: "protected",
    input: () => ({}),
    crossUser: {
      // B asking for A's entity gets B's (empty) trail; A's entries stay A's.
      async setup(fx, owner) {
        const t = await tracked(fx, owner);
        return { ...t, before: await ok(fx, "audit.list", "query", { entityId: t.application.id }, owner) };
      },
      input: (s) => ({ entityId: s.application.id }),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        const now = await ok<unknown[]>(fx, "audit.list", "query", { entityId: s.application.id }, owner);
        expect(now).toEqual(s.before);
        expect(now.length).toBeGreaterThan(0);
      },
    },
    badInputs: [
      { input: { limit: 0 }, fields: ["limit"] },
      { input: { limit: 1000 }, fields: ["limit"] },
      { input: { entityId: "x" }, fields: ["entityId"] },
    ],
  }),

  // ---- profile ----
  defineCase<{ before: unknown }>({
    path: "profile.get",
    type: "query",
    access: "protected",
    crossUser: {
      async setup(fx, owner) {
        return { before: await ok(fx, "profile.update", "mutation", { headline: "Owner" }, owner) };
      },
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "profile.get", "query", undefined, owner)).toEqual(s.before);
      },
    },
    badInputs: [],
  }),
  defineCase<{ before: unknown }>({
    path: "profile.update",
    type: "mutation",
    access: "protected",
    input: () => ({ headline: "x" }),
    crossUser: {
      async setup(fx, owner) {
        return {
          before: await ok(fx, "profile.update", "mutation", { headline: "Owner", timezone: "Asia/Tokyo" }, owner),
        };
      },
      input: () => ({ headline: "Intruder", timezone: "UTC" }),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "profile.get", "query", undefined, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: { timezone: "Mars/Olympus_Mons" }, fields: ["timezone"] },
      { input: { digestTime: "7am" }, fields: ["digestTime"] },
      { input: { minSalary: -5 }, fields: ["minSalary"] },
      { input: { currency: "euro" }, fields: ["currency"] },
      { input: { seniority: ["wizard"] }, fields: ["seniority.0"] },
    ],
  }),
  defineCase({
    path: "profile.uploadResume",
    type: "mutation",
    access: "protected",
    input: () => ({ filename: "cv.txt", mimeType: "text/plain", contentBase64: "aGk=" }),
    noCrossUser: "takes no ids; always writes the caller's own resume (profile.test.ts)",
    badInputs: [
      { input: {}, fields: ["filename", "mimeType", "contentBase64"] },
      { input: { filename: "cv.txt", mimeType: "text/plain", contentBase64: "" }, fields: ["contentBase64"] },
      { input: { filename: "cv.txt", mimeType: "text/plain", contentBase64: "%%%" }, fields: ["contentBase64"] },
      { input: { filename: "cv.png", mimeType: "image/png", contentBase64: "iVBORw0KGgo=" }, fields: ["filename"] },
    ],
  }),
  defineCase<{ before: unknown }>({
    path: "profile.completeOnboarding",
    type: "mutation",
    access: "protected",
    crossUser: {
      async setup(fx, owner) {
        return { before: await ok(fx, "profile.get", "query", undefined, owner) };
      },
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "profile.get", "query", undefined, owner)).toEqual(s.before);
      },
    },
    badInputs: [],
  }),

  // ---- searches ----
  defineCase<{ before: unknown }>({
    path: "searches.list",
    type: "query",
    access: "protected",
    crossUser: {
      async setup(fx, owner) {
        await ok(fx, "searches.create", "mutation", { name: "owner's search" }, owner);
        return { before: await ok(fx, "searches.list", "query", undefined, owner) };
      },
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "searches.list", "query", undefined, owner)).toEqual(s.before);
      },
    },
    badInputs: [],
  }),
  defineCase({
    path: "searches.create",
    type: "mutation",
    access: "protected",
    input: () => ({ name: "x" }),
    noCrossUser: "takes no ids; creates a search for the caller",
    badInputs: [
      { input: { name: "" }, fields: ["name"] },
      { input: { name: "x", boards: [{ provider: "", board: "" }] }, fields: ["boards.0.provider", "boards.0.board"] },
      { input: { name: "x", minSalary: -1 }, fields: ["minSalary"] },
    ],
  }),
  ...(["searches.update", "searches.delete"] as const).map((path) =>
    defineCase<{ id: string; before: unknown }>({
      path,
      type: "mutation",
      access: "protected",
      input: () => ({ id: uuid }),
      crossUser: {
        async setup(fx, owner) {
          const s = await ok<{ id: string }>(fx, "searches.create", "mutation", { name: "owner's" }, owner);
          return { id: s.id, before: await ok(fx, "searches.list", "query", undefined, owner) };
        },
        input: (s) => (path === "searches.update" ? { id: s.id, name: "intruder" } : { id: s.id }),
        async verifyUnchanged(fx, s, owner) {
          expect(await ok(fx, "searches.list", "query", undefined, owner)).toEqual(s.before);
        },
      },
      badInputs:
        path === "searches.update"
          ? [
              { input: { id: "x" }, fields: ["id"] },
              { input: { id: uuid, name: "" }, fields: ["name"] },
            ]
          : [{ input: { id: 1 }, fields: ["id"] }],
    }),
  ),

  // ---- feed ----
  defineCase<{ postingId: string; feed: unknown }>({
    path: "feed.list",
    type: "query",
    access: "protected",
    input: () => ({}),
    crossUser: {
      setup: ownerCapture,
      input: () => ({ limit: 50 }),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "feed.list", "query", { limit: 50 }, owner)).toEqual(s.feed);
      },
    },
    badInputs: [
      { input: { limit: 51 }, fields: ["limit"] },
      { input: { sort: "random" }, fields: ["sort"] },
      { input: { filters: { minScore: 200 } }, fields: ["filters.minScore"] },
      { input: { filters: { remote: "moon" } }, fields: ["filters.remote"] },
      // passes the schema, rejected by the service: still a field error
      { input: { cursor: "garbage" }, fields: ["cursor"] },
    ],
  }),
  feedStateCase("feed.hide", {}, [{ input: { postingId: "x" }, fields: ["postingId"] }]),
  feedStateCase("feed.save", { saved: true }, [
    { input: { postingId: uuid }, fields: ["saved"] },
    { input: { postingId: "x", saved: true }, fields: ["postingId"] },
  ]),
  feedStateCase("feed.view", {}, [{ input: {}, fields: ["postingId"] }]),

  // ---- notifications ----
  defineCase<{ before: unknown }>({
    path: "notifications.list",
    type: "query",
    access: "protected",
    input: () => ({}),
    crossUser: {
      async setup(fx, owner) {
        await ownerNotification(fx, owner);
        return { before: await ok(fx, "notifications.list", "query", {}, owner) };
      },
      input: () => ({ limit: 100 }),
      expect: "OK",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "notifications.list", "query", {}, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: { limit: 0 }, fields: ["limit"] },
      { input: { limit: 101 }, fields: ["limit"] },
      { input: { unreadOnly: "yes" }, fields: ["unreadOnly"] },
    ],
  }),
  defineCase<{ id: string; before: unknown }>({
    path: "notifications.markRead",
    type: "mutation",
    access: "protected",
    input: () => ({ id: uuid }),
    crossUser: {
      async setup(fx, owner) {
        const id = await ownerNotification(fx, owner);
        return { id, before: await ok(fx, "notifications.list", "query", {}, owner) };
      },
      input: (s) => ({ id: s.id }),
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "notifications.list", "query", {}, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: {}, fields: ["id"] },
      { input: { id: "x" }, fields: ["id"] },
    ],
  }),
];

/** An unread digest notification of the owner, written directly (the digest service is tested in digest/). */
async function ownerNotification(fx: Fixture, owner: Actor): Promise<string> {
  const row = await insertNotification(fx.db, {
    userId: owner.user.id,
    kind: "digest",
    title: "1 new job for you",
    data: { localDay: "2026-01-01", postingIds: [] },
  });
  return row.id;
}
