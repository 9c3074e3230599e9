/**
 * THE SECURITY + BAD-INPUT TABLE: one row per tRPC procedure. `security.test.ts` runs every row and
 * fails when a procedure of appRouter has no row here, so a new procedure cannot ship untested.
 *
 * Adding a procedure `<domain>.<name>`:
 *  1. Add a row to `procedureCases` below (or to a `<domain>Cases` array in this folder, spread in here).
 *  2. `access`: "protected" rows are also called without a token, with a junk token and with a revoked
 *     token, and must answer UNAUTHORIZED.
 *  3. If its input names user data (an application id, a note id, a resume version id…) give
 *     `crossUser`: `setup(fx, owner)` creates the owner's resource (use `fx.db` query functions or
 *     `fx.call` as the owner) and returns a state; `input(state)` is the call made by ANOTHER user with
 *     the owner's ids; it must answer `expect` (NOT_FOUND by default, or FORBIDDEN); then
 *     `verifyUnchanged(fx, state, owner)` must show the owner's data is exactly as before (compare rows).
 *     Otherwise set `noCrossUser` with the reason (e.g. "takes no ids; acts on the caller's own data").
 *  4. `badInputs`: inputs that must fail with BAD_REQUEST and a field error at each listed path
 *     ("email", "items.0.id"); never a 500. Rows with bad inputs are also sent junk (null, 42, "x", [])
 *     unless `junkIsValid` is set.
 *  5. `input(fx, actor)`: a valid input for an authenticated call (used for the unauthenticated checks).
 */
import type { Database } from "@vanta/db";
import { expect } from "vitest";
import type { TestServer, TestUser } from "../../support/server.ts";
import { accountCases } from "./account-cases.ts";
import { autofillCases } from "./autofill-cases.ts";
import { type CallResult, callProcedure } from "./call.ts";
import { domainCases } from "./domain-cases.ts";
import { followThroughCases } from "./follow-through-cases.ts";
import { outreachCases } from "./outreach-cases.ts";
import { resumeCases } from "./resume-cases.ts";
import { tailorCases } from "./tailor-cases.ts";
import { taskCases } from "./task-cases.ts";

export type Actor = TestUser;

export interface Fixture {
  server: TestServer;
  db: Database;
  /** calls a procedure over HTTP as `actor` (or unauthenticated) */
  call(path: string, type: "query" | "mutation", input: unknown, actor?: Actor): Promise<CallResult>;
}

export interface ProcedureCase<S = unknown> {
  path: string;
  type: "query" | "mutation";
  access: "public" | "protected";
  input?: (fx: Fixture, actor: Actor) => unknown | Promise<unknown>;
  crossUser?: {
    setup(fx: Fixture, owner: Actor): Promise<S>;
    input(state: S): unknown;
    /** NOT_FOUND unless stated; "OK" only for calls that take no ids and must leave the owner alone */
    expect?: "NOT_FOUND" | "FORBIDDEN" | "OK";
    verifyUnchanged(fx: Fixture, state: S, owner: Actor): Promise<void>;
  };
  noCrossUser?: string;
  badInputs: { input: unknown; fields: string[] }[];
  junkIsValid?: boolean;
}

/** Keeps the state type of one row consistent between setup, input and verifyUnchanged. */
export function defineCase<S>(c: ProcedureCase<S>): ProcedureCase<unknown> {
  return c as ProcedureCase<unknown>;
}

const junkToken = "A".repeat(43);

export const authCases: ProcedureCase<unknown>[] = [
  defineCase({
    path: "auth.requestMagicLink",
    type: "mutation",
    access: "public",
    input: () => ({ email: "someone@example.com" }),
    noCrossUser: "takes an email, not an id, and answers the same for every address",
    badInputs: [
      { input: {}, fields: ["email"] },
      { input: { email: "not-an-email" }, fields: ["email"] },
      { input: { email: `${"a".repeat(320)}@example.com` }, fields: ["email"] },
      { input: { email: 42 }, fields: ["email"] },
    ],
  }),
  defineCase({
    path: "auth.verifyMagicLink",
    type: "mutation",
    access: "public",
    noCrossUser: "takes a secret, not an id; unknown secrets are UNAUTHORIZED (auth.test.ts)",
    badInputs: [
      { input: {}, fields: ["token"] },
      { input: { token: "short" }, fields: ["token"] },
      { input: { token: `${junkToken}!` }, fields: ["token"] },
    ],
  }),
  defineCase({
    path: "auth.pair",
    type: "mutation",
    access: "public",
    noCrossUser: "takes a one-time code, not an id; a used code is UNAUTHORIZED (auth.test.ts)",
    badInputs: [
      { input: {}, fields: ["code"] },
      { input: { code: "ABC" }, fields: ["code"] },
      { input: { code: "UUUUUUUU" }, fields: ["code"] },
      { input: { code: "x".repeat(100) }, fields: ["code"] },
    ],
  }),
  defineCase({
    path: "auth.me",
    type: "query",
    access: "protected",
    crossUser: {
      // No ids to steal: another user asking gets their own identity, never the owner's.
      setup: async (_fx, owner) => owner,
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, owner) {
        const res = await fx.call("auth.me", "query", undefined, owner);
        expect(res.ok && res.data).toEqual({ id: owner.user.id, email: owner.user.email });
      },
    },
    badInputs: [],
  }),
  defineCase({
    path: "auth.signOut",
    type: "mutation",
    access: "protected",
    crossUser: {
      // Another user signing out revokes only their own session: the owner's token keeps working.
      setup: async (_fx, owner) => owner,
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, owner) {
        const res = await fx.call("auth.me", "query", undefined, owner);
        expect(res.ok).toBe(true);
      },
    },
    badInputs: [],
  }),
  defineCase({
    path: "auth.sessions",
    type: "query",
    access: "protected",
    crossUser: {
      // Takes no ids: another user's list holds only their own sessions, never the owner's.
      setup: async (fx, owner) => {
        const res = await fx.call("auth.sessions", "query", undefined, owner);
        return (res.ok ? (res.data as { id: string }[]) : []).map((x) => x.id);
      },
      input: () => undefined,
      expect: "OK",
      async verifyUnchanged(fx, ownerIds, owner) {
        const res = await fx.call("auth.sessions", "query", undefined, owner);
        expect(res.ok && (res.data as { id: string }[]).map((x) => x.id)).toEqual(ownerIds);
      },
    },
    badInputs: [],
  }),
  defineCase({
    path: "auth.revokeSession",
    type: "mutation",
    access: "protected",
    input: () => ({ id: "00000000-0000-4000-8000-000000000000" }),
    crossUser: {
      setup: async (fx, owner) => {
        const res = await fx.call("auth.sessions", "query", undefined, owner);
        return ((res.ok ? res.data : []) as { id: string }[])[0]?.id as string;
      },
      input: (sessionId) => ({ id: sessionId }),
      async verifyUnchanged(fx, _sessionId, owner) {
        expect((await fx.call("auth.me", "query", undefined, owner)).ok).toBe(true);
      },
    },
    badInputs: [
      { input: { id: "not-a-uuid" }, fields: ["id"] },
      { input: {}, fields: ["id"] },
    ],
  }),
  defineCase({
    path: "auth.revokeAllSessions",
    type: "mutation",
    access: "protected",
    input: () => ({ exceptCurrent: true }),
    crossUser: {
      // Takes no ids: another user revoking "all" ends only their own sessions.
      setup: async (_fx, owner) => owner,
      input: () => ({ exceptCurrent: false }),
      expect: "OK",
      async verifyUnchanged(fx, owner) {
        expect((await fx.call("auth.me", "query", undefined, owner)).ok).toBe(true);
      },
    },
    badInputs: [{ input: { exceptCurrent: "yes" }, fields: ["exceptCurrent"] }],
  }),
];

export const procedureCases: ProcedureCase<unknown>[] = [
  ...authCases,
  ...domainCases,
  ...resumeCases,
  ...taskCases,
  ...outreachCases,
  ...accountCases,
  ...tailorCases,
  ...autofillCases,
  ...followThroughCases,
];

export function makeFixture(server: TestServer): Fixture {
  return {
    server,
    db: server.runtime.db,
    call: (path, type, input, actor) => callProcedure(server.url, { path, type, input, token: actor?.token }),
  };
}
