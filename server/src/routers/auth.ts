import { TRPCError } from "@trpc/server";
import {
  PairInput,
  RequestMagicLinkInput,
  RevokeAllSessionsInput,
  RevokeSessionInput,
  VerifyMagicLinkInput,
} from "@vanta/shared/auth";
import { EmailError } from "../ports/email/types.ts";
import { listSessions } from "../services/auth/list-sessions.ts";
import { requestMagicLink, verifyMagicLink } from "../services/auth/magic-link.ts";
import { redeemPairingCode } from "../services/auth/pairing.ts";
import { admit, attemptKey } from "../services/auth/rate-limit.ts";
import { revokeAllSessions, revokeOneSession } from "../services/auth/revoke-sessions.ts";
import { endSession } from "../services/auth/sessions.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

// Auth is hand-rolled on purpose, and kept small: better-auth brings its own user/session/verification
// tables (text ids, its own columns) that do not fit our UUID data model, and its magic-link + bearer
// plugins would still need a separate pairing flow. What we need is three one-time-secret flows over
// our own `sessions` and `verification_tokens` tables: random 32-byte tokens, only SHA-256 stored,
// single-use consumption in one UPDATE, expiry, per-IP attempt limits. See server/src/services/auth/.

const tooMany = () =>
  new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many attempts; wait a few minutes and try again" });

export const authRouter = router({
  /** Mails a one-time sign-in link. Always the same answer, whether or not the account exists. */
  requestMagicLink: publicProcedure.input(RequestMagicLinkInput).mutation(async ({ ctx, input }) => {
    const { limits } = ctx.services;
    // Per address and per target (the mailbox), so neither a flood from one client nor mail-bombing one
    // address from many works.
    if (
      !admit(limits.magicLinkIp, ctx.client.ip ?? "unknown") ||
      !admit(limits.magicLinkEmail, input.email.toLowerCase())
    )
      throw tooMany();
    try {
      const { expiresAt } = await requestMagicLink(
        { db: ctx.db, email: ctx.services.email, publicUrl: ctx.services.publicUrl, now: ctx.services.now() },
        input,
      );
      return { sent: true as const, expiresAt: expiresAt.toISOString() };
    } catch (err) {
      if (!(err instanceof EmailError)) throw err;
      // The provider's message may name our account or key: log it, tell the user only what to do.
      ctx.log.error("magic link mail failed", { err, code: err.code, status: err.details.status });
      if (err.code === "rate_limited") throw tooMany();
      throw new TRPCError({
        code: "SERVICE_UNAVAILABLE",
        message: "The sign-in email could not be sent right now; try again in a few minutes",
      });
    }
  }),

  /** Trades the token from the link for a bearer session (the extension's alternative to the page). */
  verifyMagicLink: publicProcedure.input(VerifyMagicLinkInput).mutation(async ({ ctx, input }) => {
    const { failedAuth } = ctx.services.limits;
    const key = attemptKey("magic", ctx.client.ip);
    if (!admit(failedAuth, key)) throw tooMany();
    const session = await verifyMagicLink(
      { db: ctx.db, now: ctx.services.now() },
      { token: input.token, userAgent: ctx.client.userAgent },
    );
    if (!session)
      throw new TRPCError({ code: "UNAUTHORIZED", message: "This sign-in link is invalid, used or expired" });
    failedAuth.refund(key);
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: session.user };
  }),

  /** Redeems a pairing code printed by `vanta pair` / `npm start`. */
  pair: publicProcedure.input(PairInput).mutation(async ({ ctx, input }) => {
    // Every attempt is counted before the lookup and a success is refunded: only failures count, so a
    // user pairing several browsers is never throttled; guessers (even concurrent ones) are.
    const { failedAuth } = ctx.services.limits;
    const key = attemptKey("pair", ctx.client.ip);
    if (!admit(failedAuth, key)) throw tooMany();
    const session = await redeemPairingCode(
      { db: ctx.db, now: ctx.services.now() },
      { code: input.code, userAgent: ctx.client.userAgent },
    );
    if (!session)
      throw new TRPCError({ code: "UNAUTHORIZED", message: "This pairing code is invalid, used or expired" });
    failedAuth.refund(key);
    ctx.log.info("extension paired", { userId: session.user.id, sessionId: session.sessionId });
    return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: session.user };
  }),

  me: protectedProcedure.query(({ ctx }) => ({ id: ctx.user.id, email: ctx.user.email })),

  /** Revokes the session this request was made with; the token stops working at once. */
  signOut: protectedProcedure.mutation(async ({ ctx }) => {
    const revoked = ctx.sessionId ? await endSession(ctx.db, ctx.user.id, ctx.sessionId, ctx.services.now()) : false;
    return { signedOut: revoked };
  }),

  /** The caller's live sessions (devices and browsers signed in), the current one marked. */
  sessions: protectedProcedure.query(({ ctx }) => listSessions(ctx.db, ctx.user.id, ctx.sessionId, ctx.services.now())),

  /** Ends one of the caller's sessions (e.g. a lost laptop's extension). */
  revokeSession: domainProcedure.input(RevokeSessionInput).mutation(async ({ ctx, input }) => {
    await revokeOneSession(ctx.db, ctx.user.id, input.id, ctx.services.now());
    ctx.log.info("session revoked", { sessionId: input.id });
    return { revoked: true as const };
  }),

  /** Ends every other session of the caller, or all of them with exceptCurrent: false. */
  revokeAllSessions: protectedProcedure.input(RevokeAllSessionsInput).mutation(async ({ ctx, input }) => {
    const revoked = await revokeAllSessions(ctx.db, ctx.user.id, {
      exceptSessionId: input.exceptCurrent ? ctx.sessionId : null,
      now: ctx.services.now(),
    });
    ctx.log.info("sessions revoked", { revoked, exceptCurrent: input.exceptCurrent });
    return { revoked };
  }),
});
