import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "./env.ts";

/** True when an Origin is on the allow-list: exact, or a prefix entry ending in "*" (e.g. "chrome-extension://*"). */
export function originAllowed(origin: string, allowList: readonly string[]): boolean {
  return allowList.some((allowed) =>
    allowed.endsWith("*")
      ? origin.length >= allowed.length && origin.startsWith(allowed.slice(0, -1))
      : origin === allowed,
  );
}

/**
 * CORS for the extension's pages and content scripts. The token travels in the Authorization
 * header (no cookies), so credentials stay off and a disallowed origin simply gets no CORS headers.
 */
export function extensionCors(allowList: readonly string[]): MiddlewareHandler<AppEnv> {
  return cors({
    origin: (origin) => (origin && originAllowed(origin, allowList) ? origin : null),
    allowMethods: ["GET", "POST", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "X-Request-Id", "trpc-accept", "x-trpc-source"],
    exposeHeaders: ["X-Request-Id"],
    maxAge: 600,
  });
}
