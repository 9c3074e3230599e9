import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { Client as NeonClient, Pool as NeonPool, neonConfig } from "@neondatabase/serverless";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import ws from "ws";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** One Database type over every driver: queries take it first and never care which driver runs. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a query function can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DbDriver = "pglite" | "node-postgres" | "neon";

/** Pool behaviour when the database goes away (node-postgres and Neon). */
export interface PoolFaultOptions {
  /**
   * Errors of idle pooled connections (the server restarted, a network drop). Without a listener
   * node's EventEmitter throws them and the process dies; the pool drops the broken client and
   * opens a new one on the next query. Default: one line on stderr.
   */
  onError?: (err: Error) => void;
  /** give up connecting after this long, so requests fail fast (503) while the database is down */
  connectTimeoutMs?: number;
  /** server-side statement_timeout: a hung statement never holds a connection forever */
  statementTimeoutMs?: number;
}

export type DbOptions =
  /** embedded: a data folder, or "memory://" for a throwaway database */
  | { driver: "pglite"; dataDir: string }
  | ({ driver: "node-postgres"; url: string; max?: number } & PoolFaultOptions)
  /** Neon serverless WebSocket Pool; `wsProxy` points it at a local proxy in tests */
  | ({ driver: "neon"; url: string; wsProxy?: string; secure?: boolean } & PoolFaultOptions);

const CONNECT_TIMEOUT_MS = 5_000;
// Generous: migrations run on the same pool and may backfill large tables.
const STATEMENT_TIMEOUT_MS = 5 * 60_000;
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;

const logPoolError = (err: Error) => {
  process.stderr.write(
    `${JSON.stringify({ level: "warn", msg: "database connection error (pool drops the client)", err: err.message, time: new Date().toISOString() })}\n`,
  );
};

function poolConfig(opts: PoolFaultOptions) {
  return {
    connectionTimeoutMillis: opts.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    statement_timeout: opts.statementTimeoutMs ?? STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
  };
}

export interface DbHandle {
  db: Database;
  driver: DbDriver;
  close(): Promise<void>;
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "..", "migrations");

/**
 * Picks the driver from a URL: none → PGlite under $VANTA_HOME, memory:// → throwaway PGlite,
 * a Neon host (*.neon.tech) or `?driver=neon` → Neon's WebSocket Pool, any other postgres(ql):// → node-postgres.
 */
export function dbOptionsFromUrl(url: string | undefined, vantaHome: string): DbOptions {
  if (!url) return { driver: "pglite", dataDir: join(vantaHome, "pgdata") };
  if (url.startsWith("memory://")) return { driver: "pglite", dataDir: "memory://" };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("DATABASE_URL is not a valid URL (expected postgres://user:pass@host:5432/db or memory://)");
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw new Error(
      `DATABASE_URL has unsupported scheme "${parsed.protocol}" (expected postgres://, postgresql:// or memory://)`,
    );
  }
  // `driver=neon` is ours, not libpq's: strip it so the server never sees an unknown parameter.
  const forceNeon = parsed.searchParams.get("driver") === "neon";
  if (forceNeon) parsed.searchParams.delete("driver");
  if (forceNeon || parsed.hostname.endsWith(".neon.tech"))
    return { driver: "neon", url: forceNeon ? parsed.toString() : url };
  return { driver: "node-postgres", url };
}

export async function createDb(opts: DbOptions): Promise<DbHandle> {
  switch (opts.driver) {
    case "pglite": {
      if (opts.dataDir !== "memory://") mkdirSync(opts.dataDir, { recursive: true });
      const client = opts.dataDir === "memory://" ? new PGlite() : new PGlite(opts.dataDir);
      await client.waitReady;
      const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
      return { db, driver: "pglite", close: () => client.close() };
    }
    case "node-postgres": {
      const pool = new pg.Pool({
        connectionString: opts.url,
        max: opts.max ?? 10,
        keepAlive: true,
        ...poolConfig(opts),
      });
      pool.on("error", opts.onError ?? logPoolError);
      const db = drizzlePg(pool, { schema, casing: "snake_case" }) as unknown as Database;
      return { db, driver: "node-postgres", close: () => pool.end() };
    }
    case "neon": {
      neonConfig.webSocketConstructor = ws;
      const pool = new NeonPool({ connectionString: opts.url, ...poolConfig(opts) });
      pool.on("error", opts.onError ?? logPoolError);
      if (opts.wsProxy) pool.Client = neonClientVia(opts.wsProxy, opts.secure ?? false);
      const db = drizzleNeon(pool, { schema, casing: "snake_case" }) as unknown as Database;
      return { db, driver: "neon", close: () => pool.end() };
    }
  }
}

/**
 * A Neon client class whose connections go through `proxy` (a local WebSocket→TCP proxy in tests).
 * Set per client, not on the global `neonConfig`, so pools with different proxies never clobber each other.
 */
function neonClientVia(proxy: string, secure: boolean): typeof NeonClient {
  return class ProxiedNeonClient extends NeonClient {
    constructor(config?: ConstructorParameters<typeof NeonClient>[0]) {
      super(config);
      const cfg = this.neonConfig;
      cfg.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
      cfg.useSecureWebSocket = secure;
      cfg.pipelineTLS = false;
      cfg.pipelineConnect = false;
    }
  };
}
