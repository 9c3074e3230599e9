import { trpcServer } from "@hono/trpc-server";
import { TRPCError } from "@trpc/server";
import type { Database, DbDriver } from "@vanta/db/client";
import { DB_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@vanta/db/unavailable";
import { TRPC_MAX_BATCH } from "@vanta/shared/api/batch";
import { Hono, type Context as HonoContext } from "hono";
import { createRequestContext } from "./context.ts";
import { accessLog } from "./http/access-log.ts";
import { mountAuthPages } from "./http/auth-pages.ts";
import { bodyLimits } from "./http/body-limits.ts";
import { extensionCors } from "./http/cors.ts";
import { mountDigest } from "./http/digest.ts";
import type { AppEnv } from "./http/env.ts";
import { notFound, onError } from "./http/errors.ts";
import { mountHealth } from "./http/health.ts";
import { hostAllowList } from "./http/host-allow.ts";
import { mountJobs } from "./http/jobs.ts";
import { requestId } from "./http/request-id.ts";
import type { Logger } from "./log.ts";
import { appRouter } from "./routers/index.ts";
import type { AppServices } from "./trpc.ts";
import { DATABASE_UNAVAILABLE } from "./trpc.ts";

/**
 * Everything the HTTP app needs, built by a runtime (server/src/runtime.ts for Node). The app itself
 * imports no Node-only module, so the same `app.fetch` can run on a serverless platform next to Neon.
 */
export interface AppRuntime {
  db: Database;
  dbDriver: DbDriver;
  version: string;
  log: Logger;
  services: AppServices;
  /** names of the active adapters, reported by /health */
  adapters: { email: string; scheduler: string; model: string };
  /** CORS allow-list for /trpc (EXTENSION_ORIGINS) */
  extensionOrigins: readonly string[];
  /** Host header names answered (loopback + PUBLIC_URL's + ALLOWED_HOSTS); ["*"] answers any */
  allowedHosts: readonly string[];
  /** extra routes that need the platform (e.g. /dev/outbox reads files); mounted as given */
  extraRoutes?: { path: string; app: Hono }[];
  /** the client's address, from the platform's connection info; used for attempt limits */
  clientIp?(c: HonoContext): string | null;
}

export function createApp(runtime: AppRuntime): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use("*", requestId(runtime.log));
  app.use("*", accessLog());
  app.use("*", hostAllowList(runtime.allowedHosts));
  // Only the API is for the extension; pages and job endpoints are never called cross-origin.
  app.use("/trpc/*", extensionCors(runtime.extensionOrigins));
  app.use("*", bodyLimits());

  mountHealth(app, runtime);
  mountAuthPages(app, runtime);
  mountJobs(app, runtime);
  mountDigest(app, runtime);
  for (const extra of runtime.extraRoutes ?? []) app.route(extra.path, extra.app);

  app.use(
    "/trpc/*",
    trpcServer({
      endpoint: "/trpc",
      router: appRouter,
      // One request must not fan out into many guesses or many expensive calls.
      maxBatchSize: TRPC_MAX_BATCH,
      createContext: async (opts, c) => {
        const ctx = await createRequestContext({
          db: runtime.db,
          services: runtime.services,
          log: c.get("log"),
          req: opts.req,
          requestId: c.get("requestId"),
          clientIp: runtime.clientIp?.(c) ?? null,
        }).catch((err: unknown) => {
          // Without a context tRPC's onError cannot see the request id: log here (e.g. database down).
          c.get("log").error("request context failed", { err });
          if (isDatabaseUnavailable(err))
            throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE, cause: err });
          throw err;
        });
        if (ctx.user) c.set("userId", ctx.user.id);
        // @hono/trpc-server types the context as a plain record.
        return ctx as unknown as Record<string, unknown>;
      },
      // While the database is away every answer says when to come back (the extension queues meanwhile).
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === "SERVICE_UNAVAILABLE")
          ? { headers: new Headers({ "Retry-After": String(DB_RETRY_AFTER_SECONDS) }) }
          : {},
      onError: ({ error, path, ctx }) => {
        // Expected errors (bad input, not found…) are the client's business; only 5xx are logged here.
        if (error.code !== "INTERNAL_SERVER_ERROR") return;
        const log = (ctx as { log?: Logger } | undefined)?.log ?? runtime.log;
        log.error("procedure failed", { path, err: error.cause ?? error });
      },
    }),
  );

  app.notFound(notFound);
  app.onError(onError);
  return app;
}
