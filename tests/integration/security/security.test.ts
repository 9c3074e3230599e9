import { appRouter } from "@vanta/server/routers/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../support/server.ts";
import { codeOf } from "./call.ts";
import { type Fixture, makeFixture, procedureCases } from "./procedures.ts";

// Runs the table in procedures.ts: ownership (user B with user A's ids), authentication, bad input.

let server: TestServer;
let fx: Fixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = makeFixture(server);
});
afterAll(async () => {
  await server?.close();
});

describe("the table covers every procedure", () => {
  it("has exactly one row per procedure of appRouter", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    const rows = procedureCases.map((c) => c.path).sort();
    expect(
      rows.filter((p, i) => rows.indexOf(p) !== i),
      "duplicate rows",
    ).toEqual([]);
    expect(
      procedures.filter((p) => !rows.includes(p)),
      "procedures missing from tests/integration/security/procedures.ts",
    ).toEqual([]);
    expect(
      rows.filter((p) => !procedures.includes(p)),
      "rows for procedures that do not exist",
    ).toEqual([]);
  });

  it.each(procedureCases.map((c) => [c.path, c] as const))("%s declares its ownership story", (_p, c) => {
    if (c.access === "protected") expect(Boolean(c.crossUser) || Boolean(c.noCrossUser)).toBe(true);
    const all = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } } | undefined>;
    const declared = all[c.path];
    expect(declared?._def.type).toBe(c.type);
  });
});

const protectedCases = procedureCases.filter((c) => c.access === "protected");
describe.each(protectedCases.map((c) => [c.path, c] as const))("%s: authentication", (_path, c) => {
  it("answers UNAUTHORIZED without a token, with a junk token and with a revoked token", async () => {
    const someone = await server.createUser();
    const input = c.input ? await c.input(fx, someone) : undefined;

    expect(codeOf(await fx.call(c.path, c.type, input))).toBe("UNAUTHORIZED");
    const junk = { ...someone, token: "A".repeat(43) };
    expect(codeOf(await fx.call(c.path, c.type, input, junk))).toBe("UNAUTHORIZED");
    const notBearer = await fetch(`${server.url}/trpc/${c.path}`, {
      method: c.type === "query" ? "GET" : "POST",
      headers: { authorization: `Basic ${someone.token}`, "content-type": "application/json" },
    });
    expect(notBearer.status).toBe(401);

    const revoked = await server.createUser();
    expect(codeOf(await fx.call("auth.signOut", "mutation", undefined, revoked))).toBe("OK");
    expect(codeOf(await fx.call(c.path, c.type, input, revoked))).toBe("UNAUTHORIZED");
  });
});

const crossCases = procedureCases.filter((c) => c.crossUser);
describe.each(crossCases.map((c) => [c.path, c] as const))("%s: another user's data", (_path, c) => {
  it("user B with user A's ids gets NOT_FOUND/FORBIDDEN and A's data is unchanged", async () => {
    const cross = c.crossUser;
    if (!cross) throw new Error("unreachable");
    const owner = await server.createUser();
    const intruder = await server.createUser();
    const state = await cross.setup(fx, owner);
    const res = await fx.call(c.path, c.type, cross.input(state), intruder);
    const expected = cross.expect ?? "NOT_FOUND";
    if (expected === "OK") {
      expect(codeOf(res)).toBe("OK");
      // Whatever B got back, none of it is A's.
      const text = JSON.stringify(res.ok ? res.data : null);
      expect(text).not.toContain(owner.user.id);
      expect(text).not.toContain(owner.user.email);
    } else {
      expect(codeOf(res)).toBe(expected);
    }
    await cross.verifyUnchanged(fx, state, owner);
  });
});

const JUNK: unknown[] = [null, 42, "x", []];
const inputCases = procedureCases.filter((c) => c.badInputs.length > 0);
describe.each(inputCases.map((c) => [c.path, c] as const))("%s: bad input", (_path, c) => {
  it("answers BAD_REQUEST with field errors, never 500", async () => {
    const actor = await server.createUser();
    for (const bad of c.badInputs) {
      const res = await fx.call(c.path, c.type, bad.input, actor);
      expect(res.ok, `input ${JSON.stringify(bad.input)} was accepted`).toBe(false);
      if (res.ok) continue;
      expect(res.status).toBe(400);
      expect(res.error.data.code).toBe("BAD_REQUEST");
      const paths = (res.error.data.issues ?? []).map((i) => i.path.join("."));
      for (const field of bad.fields) expect(paths, `field errors for ${JSON.stringify(bad.input)}`).toContain(field);
      expect(res.error.data.stack).toBeUndefined();
    }
    if (c.junkIsValid) return;
    for (const junk of JUNK) {
      const res = await fx.call(c.path, c.type, junk, actor);
      expect(res.status, `junk ${JSON.stringify(junk)}`).toBe(400);
      expect(codeOf(res)).toBe("BAD_REQUEST");
    }
  });
});
