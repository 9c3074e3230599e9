// Whether an error means "the database cannot be reached right now" (down, restarting, out of
// connections, a connect timeout) rather than a bad query: such requests answer 503 + Retry-After
// and succeed again once the database is back, with no restart of the server.

// SQLSTATE classes/codes: 08 connection exception, 57P01-57P03 admin/crash shutdown and
// "cannot connect now" (starting up), 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]$|53300$)/;
const UNAVAILABLE_ERRNO = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Connection terminated due to connection timeout|connect ECONNREFUSED|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection due to administrator command|WebSocket (was closed|connection)|Cannot use a pool after calling end/i;

/** Walks the cause chain (drizzle wraps driver errors in DrizzleQueryError; tRPC in TRPCError). */
export function isDatabaseUnavailable(err: unknown): boolean {
  const seen = new Set<unknown>();
  let cur: unknown = err;
  while (cur && typeof cur === "object" && !seen.has(cur)) {
    seen.add(cur);
    const e = cur as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof e.code === "string" && (UNAVAILABLE_SQLSTATE.test(e.code) || UNAVAILABLE_ERRNO.has(e.code))) return true;
    // drizzle's wrapper message quotes the SQL and its parameters (user data): only its cause counts
    const wrapper = (cur as object).constructor?.name === "DrizzleQueryError";
    if (!wrapper && typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
    // AggregateError (e.g. a connect to ::1 and 127.0.0.1 both refused)
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    cur = e.cause;
  }
  return false;
}

/** Seconds a client should wait before retrying while the database is unavailable. */
export const DB_RETRY_AFTER_SECONDS = 5;
