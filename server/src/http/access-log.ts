import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";

/** One structured line per request: method, path (no query: it may hold a token), status, duration. */
export function accessLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      path: c.req.path,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      userId: c.get("userId"),
    };
    if (status >= 500) c.get("log").error("request", fields);
    else c.get("log").info("request", fields);
  };
}
