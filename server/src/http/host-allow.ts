import type { MiddlewareHandler } from "hono";
import { LOOPBACK_HOSTS } from "../config.ts";
import type { AppEnv } from "./env.ts";
import { errorBody } from "./errors.ts";

// DNS rebinding: a page on attacker.example re-resolves its name to 127.0.0.1 and then talks to this
// server as same-origin, with `Host: attacker.example`. Answering only for our own names stops it.
// 421 Misdirected Request: "this server is not the one for that host".

/** The request's host name, lowercase, without port ("[::1]" keeps its brackets). */
export function requestHostName(url: string): string {
  return new URL(url).hostname.toLowerCase();
}

export function isLoopbackName(host: string): boolean {
  return LOOPBACK_HOSTS.includes(host) || host === "::1";
}

/** True for a bind address only this machine can reach. */
export function isLoopbackBind(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function hostAllowList(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  const any = allowed.includes("*");
  const names = new Set(allowed);
  return async (c, next) => {
    // The Node adapter builds the URL from the Host header; in-process requests use "localhost".
    if (any || names.has(requestHostName(c.req.url))) return next();
    c.get("log").warn("host not allowed", { host: c.req.header("host") ?? null, path: c.req.path });
    return c.json(errorBody(c, "HOST_NOT_ALLOWED", "This server does not answer for that host name"), 421);
  };
}

/** For /dev/*: a loopback Host only, whatever else is allowed (PUBLIC_URL's host is reachable by others). */
export const loopbackHostOnly: MiddlewareHandler = async (c, next) => {
  if (isLoopbackName(requestHostName(c.req.url))) return next();
  return c.notFound();
};
