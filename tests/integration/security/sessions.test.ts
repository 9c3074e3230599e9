import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";

// Issue 12, finding 8: there was no way to see or end the sessions of an account. Now: list them,
// revoke one, revoke all (but the current one), each scoped to the caller.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: { data?: { code?: string } }) => e.data?.code ?? "ERROR",
  );

describe("session management", () => {
  it("lists the caller's sessions (current marked, no secrets), never another user's", async () => {
    const email = `sessions-list-${Date.now()}@test.vanta.localhost`;
    const a = await server.pair(email);
    const b = await server.pair(email);
    const other = await server.createUser();
    const list = await server.caller(a.token).auth.sessions.query();
    expect(list.map((s) => s.current).filter(Boolean)).toHaveLength(1);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ kind: "extension", current: expect.any(Boolean) });
    expect(Object.keys(list[0] ?? {}).sort()).toEqual(
      ["createdAt", "current", "expiresAt", "id", "kind", "lastUsedAt", "userAgent"].sort(),
    );
    const json = JSON.stringify(list);
    expect(json).not.toContain(a.token);
    expect(json).not.toContain(b.token);
    const theirs = await server.caller(other.token).auth.sessions.query();
    expect(theirs.map((s) => s.id)).not.toEqual(expect.arrayContaining(list.map((s) => s.id)));
  });

  it("revokes one session: its token stops working, the caller's keeps working", async () => {
    const email = `sessions-one-${Date.now()}@test.vanta.localhost`;
    const a = await server.pair(email);
    const b = await server.pair(email);
    const list = await server.caller(a.token).auth.sessions.query();
    const target = list.find((s) => !s.current);
    expect(target).toBeTruthy();
    expect(await server.caller(a.token).auth.revokeSession.mutate({ id: target?.id as string })).toEqual({
      revoked: true,
    });
    expect(await codeOf(server.caller(b.token).auth.me.query())).toBe("UNAUTHORIZED");
    expect(await codeOf(server.caller(a.token).auth.me.query())).toBe("OK");
    expect((await server.caller(a.token).auth.sessions.query()).map((s) => s.id)).not.toContain(target?.id);
  });

  it("another user's session id is NOT_FOUND and stays live", async () => {
    const owner = await server.pair();
    const ownerSession = (await server.caller(owner.token).auth.sessions.query())[0];
    const attacker = await server.createUser();
    expect(
      await codeOf(server.caller(attacker.token).auth.revokeSession.mutate({ id: ownerSession?.id as string })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(server.caller(owner.token).auth.me.query())).toBe("OK");
  });

  it("revokes all other sessions, or all including the current one", async () => {
    const email = `sessions-all-${Date.now()}@test.vanta.localhost`;
    const [a, b, c] = [await server.pair(email), await server.pair(email), await server.pair(email)];
    expect(await server.caller(a.token).auth.revokeAllSessions.mutate({ exceptCurrent: true })).toEqual({ revoked: 2 });
    expect(await codeOf(server.caller(b.token).auth.me.query())).toBe("UNAUTHORIZED");
    expect(await codeOf(server.caller(c.token).auth.me.query())).toBe("UNAUTHORIZED");
    expect(await codeOf(server.caller(a.token).auth.me.query())).toBe("OK");
    expect(await server.caller(a.token).auth.revokeAllSessions.mutate({ exceptCurrent: false })).toEqual({
      revoked: 1,
    });
    expect(await codeOf(server.caller(a.token).auth.me.query())).toBe("UNAUTHORIZED");
  });
});
