import { randomUUID } from "node:crypto";
import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { errorOf, makeUser, posting } from "./support.ts";

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

describe("applications.track", () => {
  it("creates once per clientRequestId and per posting, with a created event and an audit entry", async () => {
    const { caller, user, requestId } = await makeUser(h.db);
    const p = posting();
    const clientRequestId = randomUUID();
    const first = await caller.applications.track({ posting: p, clientRequestId });
    expect(first.created).toBe(true);
    expect(first.application).toMatchObject({ stage: "prospect", company: p.company, role: p.title, url: p.url });

    const replay = await caller.applications.track({ posting: p, clientRequestId });
    expect(replay).toMatchObject({ created: false, application: { id: first.application.id } });
    // Another queue entry for the same posting (e.g. clicked twice offline) is the same card too.
    const again = await caller.applications.track({ posting: p, clientRequestId: randomUUID() });
    expect(again).toMatchObject({ created: false, application: { id: first.application.id } });

    const apps = await h.db.select().from(schema.applications).where(eq(schema.applications.userId, user.id));
    expect(apps).toHaveLength(1);
    const events = await h.db
      .select()
      .from(schema.applicationEvents)
      .where(eq(schema.applicationEvents.applicationId, first.application.id));
    expect(events.map((e) => e.type)).toEqual(["created"]);
    const audit = await caller.audit.list({ entityId: first.application.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "application.create", requestId });
  });

  it("creates exactly one application under concurrent tracks of the same posting", async () => {
    const { caller, user } = await makeUser(h.db);
    const p = posting();
    const clientRequestId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        caller.applications.track({ posting: p, clientRequestId: i % 2 ? clientRequestId : randomUUID() }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.application.id)).size).toBe(1);
    const [{ n }] = (await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.applications)
      .where(eq(schema.applications.userId, user.id))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it("honours the requested stage and the user's preference", async () => {
    const { caller } = await makeUser(h.db);
    const applied = await caller.applications.track({
      posting: posting(),
      clientRequestId: randomUUID(),
      stage: "applied",
    });
    expect(applied.application.stage).toBe("applied");
    expect(applied.application.appliedAt).not.toBeNull();
    await caller.profile.update({ trackStage: "applied" });
    const byPref = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    expect(byPref.application.stage).toBe("applied");
  });

  it("rejects a bad posting or clientRequestId with field errors", async () => {
    const { caller } = await makeUser(h.db);
    const err = await errorOf(
      caller.applications.track({ posting: { ...posting(), title: "" }, clientRequestId: "not-a-uuid" }),
    );
    expect(err.code).toBe("BAD_REQUEST");
  });
});

describe("applications.statusForUrl", () => {
  it("finds the tracked application by canonical URL (tracking params and fragment ignored)", async () => {
    const { caller } = await makeUser(h.db);
    const p = posting({ url: `https://jobs.lever.co/acme/${randomUUID()}` });
    expect(await caller.applications.statusForUrl({ url: p.url })).toBeNull();
    const { application } = await caller.applications.track({ posting: p, clientRequestId: randomUUID() });
    const status = await caller.applications.statusForUrl({ url: `${p.url}?utm_source=linkedin#apply` });
    expect(status).toMatchObject({ applicationId: application.id, stage: "prospect" });
    // Another user sees nothing for the same page.
    const other = await makeUser(h.db, "other");
    expect(await other.caller.applications.statusForUrl({ url: p.url })).toBeNull();
  });
});

describe("applications.list / move / get", () => {
  it("lists cards by column with counts and search", async () => {
    const { caller } = await makeUser(h.db);
    const a = await caller.applications.track({
      posting: posting({ company: "Zeta Corp" }),
      clientRequestId: randomUUID(),
    });
    await caller.applications.track({ posting: posting({ company: "Beta GmbH" }), clientRequestId: randomUUID() });
    await caller.applications.move({ id: a.application.id, stage: "interview" });
    const board = await caller.applications.list({});
    expect(board.cards.map((c) => c.stage)).toEqual(["prospect", "interview"]);
    expect(board.counts).toMatchObject({ prospect: 1, applied: 0, interview: 1, outcome: 0 });
    const found = await caller.applications.list({ search: "zeta" });
    expect(found.cards.map((c) => c.company)).toEqual(["Zeta Corp"]);
    expect((await caller.applications.list({ search: "%" })).cards).toHaveLength(0);
  });

  it("writes a stage_changed event and an audit entry with before/after and the request id", async () => {
    const { caller, requestId } = await makeUser(h.db);
    const { application } = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    const moved = await caller.applications.move({ id: application.id, stage: "applied" });
    expect(moved.stage).toBe("applied");
    expect(moved.appliedAt).not.toBeNull();
    const done = await caller.applications.move({ id: application.id, stage: "outcome", outcome: "won" });
    expect(done).toMatchObject({ stage: "outcome", outcome: "won" });

    const detail = await caller.applications.get({ id: application.id });
    expect(detail.events.map((e) => [e.type, e.fromStage, e.toStage])).toEqual([
      ["created", null, "prospect"],
      ["stage_changed", "prospect", "applied"],
      ["stage_changed", "applied", "outcome"],
    ]);
    const moves = (await caller.audit.list({ entityId: application.id })).filter(
      (a) => a.action === "application.move",
    );
    expect(moves).toHaveLength(2);
    expect(moves[0]).toMatchObject({
      requestId,
      before: { stage: "applied", outcome: null },
      after: { stage: "outcome", outcome: "won" },
    });
    expect(detail.posting).toMatchObject({ id: application.postingId });
  });

  it("requires an outcome for the outcome column and refuses one elsewhere", async () => {
    const { caller } = await makeUser(h.db);
    const { application } = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    const missing = await errorOf(caller.applications.move({ id: application.id, stage: "outcome" }));
    expect(missing.code).toBe("BAD_REQUEST");
    const extra = await errorOf(caller.applications.move({ id: application.id, stage: "screen", outcome: "lost" }));
    expect(extra.code).toBe("BAD_REQUEST");
  });

  it("places a card at the requested index of its column, whatever the stored positions", async () => {
    const { caller } = await makeUser(h.db);
    const screen = async () =>
      (await caller.applications.list({})).cards.filter((c) => c.stage === "screen").map((c) => c.id);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { application } = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
      ids.push(application.id);
      // No position: the card lands on top of the column (stored positions go negative).
      await caller.applications.move({ id: application.id, stage: "screen" });
    }
    expect(await screen()).toEqual([ids[2], ids[1], ids[0]]);
    const x = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    const moved = await caller.applications.move({ id: x.application.id, stage: "screen", position: 1 });
    expect(moved.position).toBe(1);
    expect(await screen()).toEqual([ids[2], x.application.id, ids[1], ids[0]]);
    // Reorder inside the column, and past the end.
    await caller.applications.move({ id: ids[2]!, stage: "screen", position: 2 });
    expect(await screen()).toEqual([x.application.id, ids[1], ids[2], ids[0]]);
    await caller.applications.move({ id: x.application.id, stage: "screen", position: 99 });
    expect(await screen()).toEqual([ids[1], ids[2], ids[0], x.application.id]);
  });

  it("rolls the whole move back when the audit write fails (one transaction)", async () => {
    const { caller, user } = await makeUser(h.db);
    const { application } = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    // Make audit inserts for this user fail, as a crashed write would.
    await h.db.execute(
      sql.raw(`create or replace function vanta_test_fail_audit() returns trigger language plpgsql as $$
        begin if new.user_id = '${user.id}' and new.action = 'application.move' then raise exception 'audit down'; end if; return new; end $$`),
    );
    await h.db.execute(
      sql.raw(
        "create trigger vanta_test_fail_audit before insert on audit_logs for each row execute function vanta_test_fail_audit()",
      ),
    );
    try {
      const err = await errorOf(caller.applications.move({ id: application.id, stage: "offer" }));
      expect(err.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await h.db.execute(sql.raw("drop trigger vanta_test_fail_audit on audit_logs"));
    }
    const [row] = await h.db.select().from(schema.applications).where(eq(schema.applications.id, application.id));
    expect(row?.stage).toBe("prospect");
    const changed = await h.db
      .select()
      .from(schema.applicationEvents)
      .where(
        and(
          eq(schema.applicationEvents.applicationId, application.id),
          eq(schema.applicationEvents.type, "stage_changed"),
        ),
      );
    expect(changed).toHaveLength(0);
  });
});

describe("notes and attachments", () => {
  it("adds, edits and soft-deletes notes", async () => {
    const { caller } = await makeUser(h.db);
    const { application } = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    const note = await caller.applications.addNote({ applicationId: application.id, body: "  Recruiter: Dana  " });
    expect(note.body).toBe("Recruiter: Dana");
    const edited = await caller.applications.updateNote({ noteId: note.id, body: "Recruiter: Dana K." });
    expect(edited.body).toBe("Recruiter: Dana K.");
    expect((await caller.applications.get({ id: application.id })).notes.map((n) => n.body)).toEqual([
      "Recruiter: Dana K.",
    ]);
    await caller.applications.deleteNote({ noteId: note.id });
    expect((await caller.applications.get({ id: application.id })).notes).toEqual([]);
    const [row] = await h.db.select().from(schema.applicationNotes).where(eq(schema.applicationNotes.id, note.id));
    expect(row?.deletedAt).not.toBeNull();
    expect((await errorOf(caller.applications.updateNote({ noteId: note.id, body: "x" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(caller.applications.addNote({ applicationId: application.id, body: "   " }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("stores an attachment with its sha256 and lists it on the card", async () => {
    const { caller, files, user } = await makeUser(h.db);
    const { application } = await caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    const content = Buffer.from("Cover letter for Acme\n");
    const att = await caller.applications.addAttachment({
      applicationId: application.id,
      filename: "cover.txt",
      mimeType: "text/plain",
      contentBase64: content.toString("base64"),
    });
    const sha = (await import("node:crypto")).createHash("sha256").update(content).digest("hex");
    expect(att).toMatchObject({ sha256: sha, sizeBytes: content.length, filename: "cover.txt" });
    expect(Buffer.from(files.files.get(`attachments/${user.id}/${sha}`) ?? [])).toEqual(content);
    const detail = await caller.applications.get({ id: application.id });
    expect(detail.attachments.map((a) => a.id)).toEqual([att.id]);
    expect(detail.events.map((e) => e.type)).toContain("attachment_added");
    const tooBig = await errorOf(
      caller.applications.addAttachment({
        applicationId: application.id,
        filename: "big.bin",
        mimeType: "application/octet-stream",
        contentBase64: Buffer.alloc(10 * 1024 * 1024 + 1).toString("base64"),
      }),
    );
    expect(tooBig.code).toBe("BAD_REQUEST");
  });
});

describe("another user's ids", () => {
  it("are NOT_FOUND for every application procedure", async () => {
    const a = await makeUser(h.db, "a");
    const b = await makeUser(h.db, "b");
    const { application } = await a.caller.applications.track({ posting: posting(), clientRequestId: randomUUID() });
    const note = await a.caller.applications.addNote({ applicationId: application.id, body: "mine" });
    const calls = [
      b.caller.applications.get({ id: application.id }),
      b.caller.applications.move({ id: application.id, stage: "applied" }),
      b.caller.applications.addNote({ applicationId: application.id, body: "x" }),
      b.caller.applications.updateNote({ noteId: note.id, body: "x" }),
      b.caller.applications.deleteNote({ noteId: note.id }),
      b.caller.applications.addAttachment({
        applicationId: application.id,
        filename: "a.txt",
        mimeType: "text/plain",
        contentBase64: "aGk=",
      }),
    ];
    for (const c of calls) expect((await errorOf(c)).code).toBe("NOT_FOUND");
    expect(await b.caller.audit.list({ entityId: application.id })).toEqual([]);
    expect((await b.caller.applications.list({})).cards).toEqual([]);
    // A's card is untouched.
    expect((await a.caller.applications.get({ id: application.id })).card.stage).toBe("prospect");
  });
});
