import { DB_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@vanta/db/unavailable";
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./env.ts";

// The one error shape for non-tRPC routes, matching the tRPC formatter: code, message, requestId.
// Never a stack trace: the log line (with the same request id) has the details.

const CODE_BY_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_SUPPORTED",
  413: "PAYLOAD_TOO_LARGE",
  429: "TOO_MANY_REQUESTS",
};

export function errorBody(c: Context<AppEnv>, code: string, message: string) {
  return { error: { code, message, requestId: c.get("requestId") ?? null } };
}

export const notFound: NotFoundHandler<AppEnv> = (c) =>
  c.json(errorBody(c, "NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`), 404);

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    const status = err.status as ContentfulStatusCode;
    return c.json(errorBody(c, CODE_BY_STATUS[status] ?? "BAD_REQUEST", err.message || "Bad request"), status);
  }
  if (isDatabaseUnavailable(err)) {
    // The database is down or restarting: a retryable 503, not a 500 (the pool reconnects by itself).
    c.get("log")?.warn("database unavailable", { err, method: c.req.method, path: c.req.path });
    c.header("Retry-After", String(DB_RETRY_AFTER_SECONDS));
    return c.json(errorBody(c, "SERVICE_UNAVAILABLE", "Database unavailable, retry shortly"), 503);
  }
  c.get("log")?.error("unhandled error", { err, method: c.req.method, path: c.req.path });
  return c.json(errorBody(c, "INTERNAL_SERVER_ERROR", "Internal server error"), 500);
};
