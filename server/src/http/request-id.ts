import type { MiddlewareHandler } from "hono";
import type { Logger } from "../log.ts";
import type { AppEnv } from "./env.ts";

// A caller-provided id is kept (so the extension can correlate its own logs) only if it is short and
// plain; anything else is replaced, so log lines cannot be forged through this header.
const SAFE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestId(log: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const id = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", id);
    c.set("log", log.child({ requestId: id }));
    c.header("X-Request-Id", id);
    await next();
    // onError/notFound build fresh responses: set the header on whatever goes out.
    c.res.headers.set("X-Request-Id", id);
  };
}
