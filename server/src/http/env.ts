import type { Logger } from "../log.ts";

/** Per-request values the middlewares share through Hono's context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    /** logger bound to this request id */
    log: Logger;
    /** set once the bearer token resolved, for the access log */
    userId?: string;
  };
}
