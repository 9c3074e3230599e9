import { expect } from "vitest";
import { defineCase, ok } from "./case-helpers.ts";
import type { ProcedureCase } from "./procedures.ts";

// Security + bad-input rows for account.* (export everything, delete everything).

export const accountCases: ProcedureCase<unknown>[] = [
  defineCase({
    path: "account.export",
    type: "mutation",
    access: "protected",
    input: () => undefined,
    noCrossUser:
      "takes no ids; exports the caller's own rows (export-delete.test.ts checks no other user's row is in it)",
    badInputs: [],
  }),
  defineCase<{ email: string; before: unknown }>({
    path: "account.delete",
    type: "mutation",
    access: "protected",
    input: (_fx, actor) => ({ confirmEmail: actor.user.email }),
    crossUser: {
      async setup(fx, owner) {
        return { email: owner.user.email, before: await ok(fx, "profile.get", "query", undefined, owner) };
      },
      // another user typing the owner's email deletes nothing: the email must be the caller's own
      input: (s) => ({ confirmEmail: s.email }),
      expect: "FORBIDDEN",
      async verifyUnchanged(fx, s, owner) {
        expect(await ok(fx, "profile.get", "query", undefined, owner)).toEqual(s.before);
      },
    },
    badInputs: [
      { input: {}, fields: ["confirmEmail"] },
      { input: { confirmEmail: "not-an-email" }, fields: ["confirmEmail"] },
    ],
  }),
];
