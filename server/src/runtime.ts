import { readFileSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { getConnInfo } from "@hono/node-server/conninfo";
import { createDb, type DbHandle, dbOptionsFromUrl, migrate } from "@vanta/db";
import type { Hono } from "hono";
import { type AppRuntime, createApp } from "./app.ts";
import type { Config, LogLevel } from "./config.ts";
import { acquireDataLock } from "./data-lock.ts";
import { resolveClientIp } from "./http/client-ip.ts";
import { devOutboxRoutes } from "./http/dev-outbox.ts";
import type { AppEnv } from "./http/env.ts";
import { isLoopbackBind } from "./http/host-allow.ts";
import { localAdminRoutes } from "./http/local-admin.ts";
import { createLogger, type Logger } from "./log.ts";
import { diskFileStore } from "./ports/files/disk.ts";
import { createPorts, type Ports } from "./ports/index.ts";
import { resolveSecret } from "./secret.ts";
import { createRateLimiter } from "./services/auth/rate-limit.ts";
import { resolveKeyring } from "./services/crypto/master-key.ts";
import { registerAllDailySchedules } from "./services/daily-search/schedule.ts";
import { createSourceCache } from "./services/daily-search/source-cache.ts";
import { resumeUnfinishedJobs } from "./services/tailor/resume-unfinished.ts";
import type { AppServices } from "./trpc.ts";

// The Node runtime: turns validated config into a database (migrated), the ports, the services and
// the HTTP app. Node-specific pieces (files, the PGlite folder lock, connection info) live here, not
// in app.ts.

export interface NodeRuntime extends AppRuntime {
  config: Config;
  /** absolute VANTA_HOME */
  vantaHome: string;
  dbHandle: DbHandle;
  ports: Ports;
  app: Hono<AppEnv>;
  /** stops the scheduler, closes the database, releases the data lock; safe to call twice */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** a ready database (tests); the runtime then migrates it but does not close it */
  db?: DbHandle;
  log?: Logger;
  cwd?: string;
  /** skip migrations (the caller already ran them) */
  skipMigrate?: boolean;
  /** enables POST /local/pairing-codes for `vanta pair` while this server holds the database */
  adminToken?: string;
  /** failed-attempt budget per IP per 15 minutes for pairing / magic-link verification */
  failedAuthLimit?: number;
  /** the daily search's provider credentials / base URLs (default: credentials from process.env) */
  dailySearch?: AppServices["dailySearch"];
}

const WINDOW_MS = 15 * 60_000;

export const version: string = (
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../package.json"), "utf8")) as {
    version: string;
  }
).version;

export async function createRuntime(config: Config, opts: RuntimeOptions = {}): Promise<NodeRuntime> {
  const log = opts.log ?? withLevel(createLogger({ service: "vanta" }), config.logLevel);
  const vantaHome = resolve(opts.cwd ?? process.cwd(), config.vantaHome);
  await ensurePrivateHome(vantaHome, log);

  const cleanups: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (err) {
        log.error("shutdown step failed", { err });
      }
    }
  };

  try {
    let dbHandle = opts.db;
    if (!dbHandle) {
      const dbOptions = dbOptionsFromUrl(config.databaseUrl, vantaHome);
      if (dbOptions.driver === "pglite" && dbOptions.dataDir !== "memory://") {
        const lock = acquireDataLock(join(vantaHome, "pgdata.lock"));
        cleanups.push(() => lock.release());
      }
      // An idle pooled connection's error (the database restarted) is logged, never a crash.
      const handle = await createDb(
        dbOptions.driver === "pglite"
          ? dbOptions
          : { ...dbOptions, onError: (err) => log.warn("database connection error", { err }) },
      );
      cleanups.push(() => handle.close());
      dbHandle = handle;
    }
    if (!opts.skipMigrate) await migrate(dbHandle);

    // The in-process scheduler delivers to the app's own job endpoints; the app exists only after the
    // ports, so the delivery looks it up late.
    let app: Hono<AppEnv> | null = null;
    const ports = createPorts(
      { ...config, vantaHome },
      {
        deliver: async (path, rawBody, headers) => {
          if (!app) throw new Error("scheduler delivered before the app was ready");
          return app.request(path, { method: "POST", body: rawBody, headers });
        },
        logger: {
          info: (o) => log.info("scheduler", { ...o }),
          error: (o) => log.error("scheduler", { ...o }),
        },
      },
    );
    cleanups.push(() => ports.stop());

    const services: AppServices = {
      publicUrl: config.publicUrl,
      email: ports.email,
      scheduler: ports.scheduler,
      model: ports.model,
      files: diskFileStore(join(vantaHome, "files")),
      now: () => new Date(),
      dailySearch: opts.dailySearch ?? { env: process.env, sourceCache: createSourceCache() },
      digestSecret: await resolveSecret(config.secret, vantaHome),
      keys: await resolveKeyring(config, vantaHome),
      limits: {
        failedAuth: createRateLimiter({ limit: opts.failedAuthLimit ?? 10, windowMs: WINDOW_MS }),
        magicLinkIp: createRateLimiter({ limit: 20, windowMs: WINDOW_MS }),
        magicLinkEmail: createRateLimiter({ limit: 5, windowMs: WINDOW_MS }),
      },
    };

    const runtime: NodeRuntime = {
      config,
      vantaHome,
      dbHandle,
      db: dbHandle.db,
      dbDriver: dbHandle.driver,
      version,
      log,
      services,
      ports,
      adapters: ports.active,
      extensionOrigins: config.extensionOrigins,
      allowedHosts: config.allowedHosts,
      // The outbox holds sign-in links: served only when nobody but this machine can reach the server.
      extraRoutes:
        ports.outboxDir && isLoopbackBind(config.host) ? [{ path: "/", app: devOutboxRoutes(ports.outboxDir) }] : [],
      clientIp: (c) => {
        let peer: string | null = null;
        try {
          peer = getConnInfo(c).remote.address ?? null;
        } catch {
          // in-process requests (app.request) have no socket
        }
        return resolveClientIp(peer, c.req.header("x-forwarded-for"), config.trustedProxies);
      },
      app: null as unknown as Hono<AppEnv>,
      close: closeAll,
    };
    if (opts.adminToken) runtime.extraRoutes?.push({ path: "/", app: localAdminRoutes(runtime, opts.adminToken) });
    app = createApp(runtime);
    runtime.app = app;
    // QStash keeps its schedules; in-process timers died with the last process, so re-arm them.
    if (ports.scheduler.kind === "in-process")
      await registerAllDailySchedules(dbHandle.db, ports.scheduler, log, new Date());
    // in-process deliveries of agent jobs died too; their state is in agent_jobs (QStash retries its own)
    if (ports.scheduler.kind === "in-process") await resumeUnfinishedJobs(dbHandle.db, ports.scheduler, log);
    return runtime;
  } catch (err) {
    await closeAll();
    throw err;
  }
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, silent: 4 };

/** Drops log calls below LOG_LEVEL. */
export function withLevel(log: Logger, level: LogLevel): Logger {
  const on = (l: LogLevel) => RANK[l] >= RANK[level];
  const noop = () => {};
  return {
    info: on("info") ? log.info : noop,
    warn: on("warn") ? log.warn : noop,
    error: on("error") ? log.error : noop,
    child: (fields) => withLevel(log.child(fields), level),
  };
}

/**
 * VANTA_HOME holds the database, the secret, the outbox (sign-in links) and resumes: 0700. A folder
 * made by an older version with looser bits is tightened, and the log says so.
 */
export async function ensurePrivateHome(dir: string, log: Logger): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (process.platform === "win32") return;
  const mode = (await stat(dir)).mode & 0o777;
  if (mode & 0o077) {
    await chmod(dir, 0o700);
    log.warn("VANTA_HOME was readable by others; now 0700", { dir, was: mode.toString(8) });
  }
}
