import type { Database } from "@vanta/db/client";
import type { Logger } from "./log.ts";
import { resolveBearer } from "./services/auth/sessions.ts";
import type { AppServices } from "./services.ts";
import type { Context } from "./trpc.ts";

/** The inner context, without HTTP: what tests pass to createCaller. */
export function createInnerContext(args: {
  db: Database;
  services: AppServices;
  log: Logger;
  user?: { id: string; email: string } | null;
  sessionId?: string | null;
  requestId?: string;
  client?: Context["client"];
}): Context {
  return {
    db: args.db,
    services: args.services,
    log: args.log,
    user: args.user ?? null,
    sessionId: args.sessionId ?? null,
    requestId: args.requestId ?? crypto.randomUUID(),
    client: args.client ?? { ip: null, userAgent: null },
  };
}

/** The outer context: the bearer token of the request decides `user` (sessions table, hash lookup). */
export async function createRequestContext(args: {
  db: Database;
  services: AppServices;
  log: Logger;
  req: Request;
  requestId: string;
  clientIp: string | null;
}): Promise<Context> {
  const auth = await resolveBearer(args.db, args.req.headers.get("authorization"), args.services.now());
  return createInnerContext({
    ...args,
    user: auth?.user ?? null,
    sessionId: auth?.sessionId ?? null,
    log: auth ? args.log.child({ userId: auth.user.id }) : args.log,
    client: { ip: args.clientIp, userAgent: args.req.headers.get("user-agent") },
  });
}
