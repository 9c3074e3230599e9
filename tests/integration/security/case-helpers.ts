import type { Actor, Fixture, ProcedureCase } from "./procedures.ts";

// Helpers for the `*-cases.ts` rows. Type-only imports of procedures.ts: the rows are spread into it, so a
// runtime import back would be a cycle.

/** Keeps the state type of one row consistent between setup, input and verifyUnchanged. */
export const defineCase = <S>(c: ProcedureCase<S>): ProcedureCase<unknown> => c as ProcedureCase<unknown>;

/** A call a row's setup needs to succeed (as the owner); its data, or the test fails with the reason. */
export async function ok<T>(
  fx: Fixture,
  path: string,
  type: "query" | "mutation",
  input: unknown,
  actor: Actor,
): Promise<T> {
  const res = await fx.call(path, type, input, actor);
  if (!res.ok) throw new Error(`${path} failed in setup: ${res.error.message}`);
  return res.data as T;
}
