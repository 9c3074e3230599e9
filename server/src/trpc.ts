import { initTRPC, TRPCError } from "@trpc/server";
import type { Database } from "@vanta/db/client";
import { isDatabaseUnavailable } from "@vanta/db/unavailable";
import { ZodError, z } from "zod";
import type { Logger } from "./log.ts";
import type { AppServices } from "./services.ts";

export interface SessionUser {
  id: string;
  email: string;
}

/**
 * Inner context: everything a procedure needs, independent of HTTP, so tests can build it
 * directly with `createCaller`. The HTTP layer (server/src/http) adds the request-derived parts.
 */
export interface Context {
  db: Database;
  user: SessionUser | null;
  /** the bearer session id, when authenticated */
  sessionId: string | null;
  requestId: string;
  log: Logger;
  /** app services (ports, config): the one explicit list in services.ts */
  services: AppServices;
  /** who is calling, for rate limits and session labels; null in-process */
  client: { ip: string | null; userAgent: string | null };
}

export type { AppServices };

const t = initTRPC.context<Context>().create({
  // One error model: code + message + requestId, with zod field errors; never a stack trace.
  errorFormatter({ shape, error, ctx }) {
    const zod = error.cause instanceof ZodError ? error.cause : null;
    return {
      message: error.code === "INTERNAL_SERVER_ERROR" ? "Internal server error" : shape.message,
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        requestId: ctx?.requestId ?? null,
        fieldErrors: zod ? zod.flatten().fieldErrors : null,
        issues: zod ? zod.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })) : null,
      },
    };
  },
});

/** Path of the first string (value or key) holding U+0000, or null. */
function nulPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = nulPath(v, [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const hit = k.includes("\u0000") ? [...path, k] : nulPath(v, [...path, k]);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000, and zod's z.string() accepts it, so such input
 * passed validation and failed in the database as a 500. Refused here for every procedure, with the
 * field in the usual zod error shape.
 */
const noNulInput = t.middleware(async ({ getRawInput, next }) => {
  const path = nulPath(await getRawInput());
  if (path) {
    const { error } = z
      .unknown()
      .superRefine((_v, ctx) => ctx.addIssue({ code: "custom", path, message: "must not contain a NUL character" }))
      .safeParse(undefined);
    throw new TRPCError({ code: "BAD_REQUEST", message: "input contains a NUL character", cause: error });
  }
  return next();
});

/**
 * The database went away (down, restarting, out of connections): SERVICE_UNAVAILABLE (503, with
 * Retry-After from the app) instead of a 500, so clients queue and retry; the pool reconnects by itself.
 */
export const DATABASE_UNAVAILABLE = "Database unavailable, retry shortly";
const dbFaults = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && isDatabaseUnavailable(result.error.cause))
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE, cause: result.error.cause });
  return result;
});

export const router = t.router;
export const publicProcedure = t.procedure.use(dbFaults).use(noNulInput);
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Narrows ctx.user to non-null so routers never write `!`. */
export const protectedProcedure = t.procedure
  .use(dbFaults)
  .use(({ ctx, next }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in or pair the extension first" });
    return next({ ctx: { ...ctx, user: ctx.user } });
  })
  .use(noNulInput);
