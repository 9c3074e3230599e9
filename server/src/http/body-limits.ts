import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env.ts";
import { errorBody } from "./errors.ts";

// Outside /trpc every body is small: a scheduler delivery is a few hundred bytes of JSON, a sign-in
// or confirm form less. Refusing early (Content-Length, or counting a chunked stream) keeps a big
// body from being read whole before the signature or token check that would refuse it anyway.
export const SMALL_BODY_BYTES = 64 * 1024;

// Largest legit tRPC request: a 10 MB upload as base64 inside JSON (~13.4 MB).
export const TRPC_BODY_BYTES = 16 * 1024 * 1024;

const tooLarge = (limit: number) => {
  const label = limit >= 1024 * 1024 ? `${limit / 1024 / 1024} MB` : `${limit / 1024} KB`;
  return bodyLimit({
    maxSize: limit,
    onError: (c) => c.json(errorBody(c, "PAYLOAD_TOO_LARGE", `Request body is larger than ${label}`), 413),
  });
};

/** One limit per part of the app: large for /trpc (uploads), small everywhere else. */
export function bodyLimits(): MiddlewareHandler<AppEnv> {
  const trpc = tooLarge(TRPC_BODY_BYTES);
  const small = tooLarge(SMALL_BODY_BYTES);
  return (c, next) => (c.req.path === "/trpc" || c.req.path.startsWith("/trpc/") ? trpc(c, next) : small(c, next));
}
