import { z } from "zod";

// Auth inputs and outputs shared by the server's auth router and the extension's pairing form.

/** Crockford base32: no I, L, O, U, so a code read aloud or retyped is not ambiguous. */
export const PAIRING_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const PAIRING_CODE_LENGTH = 8;

/** Uppercases, drops spaces and dashes, and maps the look-alikes Crockford allows (O→0, I/L→1). */
export function normalizePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

export const PairingCode = z
  .string()
  .max(32, "a pairing code is 8 characters")
  .transform(normalizePairingCode)
  .pipe(
    z
      .string()
      .length(PAIRING_CODE_LENGTH, "a pairing code is 8 characters")
      .regex(/^[0-9A-HJKMNP-TV-Z]+$/, "a pairing code uses only digits and letters (no U)"),
  );

/** A session or magic-link token: 32 random bytes, base64url without padding (43 characters). */
export const OpaqueToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a valid token");

export const RequestMagicLinkInput = z.object({ email: z.email("enter a valid email address").max(320) });
export const VerifyMagicLinkInput = z.object({ token: OpaqueToken });
export const PairInput = z.object({ code: PairingCode });

export const AuthUser = z.object({ id: z.uuid(), email: z.string() });
export type AuthUser = z.infer<typeof AuthUser>;

/** What a successful sign-in or pairing hands the extension: a bearer token for its Authorization header. */
export const AuthSession = z.object({ token: OpaqueToken, expiresAt: z.string(), user: AuthUser });
export type AuthSession = z.infer<typeof AuthSession>;

/** One signed-in device or browser, as the session list shows it (never the token). */
export const SessionView = z.object({
  id: z.uuid(),
  kind: z.enum(["extension", "web", "cli"]),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string(),
  /** the session this request was made with */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;

export const RevokeSessionInput = z.object({ id: z.uuid() });
export const RevokeAllSessionsInput = z.object({
  /** keep the session making the call ("sign out everywhere else") */
  exceptCurrent: z.boolean().default(true),
});
