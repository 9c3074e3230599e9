import type { Executor } from "@vanta/db/client";
import { consumeVerificationToken, insertVerificationToken } from "@vanta/db/queries/auth";
import { findUserById } from "@vanta/db/queries/users";
import { type IssuedSession, signInExtension } from "./sessions.ts";
import { newPairingCode, sha256Hex } from "./tokens.ts";

export const PAIRING_TTL_MS = 15 * 60_000;

export interface PairingCodeIssued {
  code: string;
  url: string;
  expiresAt: Date;
}

/**
 * A one-time code that connects the extension to this user without email (the local `npm start` flow).
 * 8 Crockford characters = 40 bits; with a 15-minute life and per-IP attempt limits, guessing is hopeless.
 */
export async function createPairingCode(
  deps: { db: Executor; publicUrl: string; now: Date },
  userId: string,
): Promise<PairingCodeIssued> {
  const code = newPairingCode();
  const row = await insertVerificationToken(deps.db, {
    kind: "pairing",
    tokenHash: await sha256Hex(code),
    userId,
    expiresAt: new Date(deps.now.getTime() + PAIRING_TTL_MS),
  });
  return { code, url: `${deps.publicUrl}/pair?code=${code}`, expiresAt: row.expiresAt };
}

/** Redeems a normalized code once; unknown, used or expired → null. */
export async function redeemPairingCode(
  deps: { db: Executor; now: Date },
  input: { code: string; userAgent?: string | null },
): Promise<(IssuedSession & { user: { id: string; email: string } }) | null> {
  const consumed = await consumeVerificationToken(deps.db, "pairing", await sha256Hex(input.code), deps.now);
  if (!consumed?.userId) return null;
  const user = await findUserById(deps.db, consumed.userId);
  if (user?.status !== "active") return null;
  return signInExtension(deps.db, user, deps.now, input.userAgent);
}
