import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { Pool as NeonPool, neonConfig } from "@neondatabase/serverless";
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

export type DbOptions =
  /** embedded: a data folder, or "memory://" for a throwaway database */
  | { driver: "pglite"; dataDir: string }
  | { driver: "node-postgres"; url: string; max?: number }
  /** Neon serverless WebSocket Pool; `wsProxy` points it at a local proxy in tests */
  | { driver: "neon"; url: string; wsProxy?: string; secure?: boolean };

export interface DbHandle {
  db: Database;
  driver: DbDriver;
  close(): Promise<void>;
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "..", "migrations");

/** Picks the driver from a URL: postgres(ql):// → node-postgres, or neon when the host is Neon's (or `neon=1`). */
export function dbOptionsFromUrl(url: string | undefined, vantaHome: string): DbOptions {
  if (!url) return { driver: "pglite", dataDir: join(vantaHome, "pgdata") };
  if (url.startsWith("memory://")) return { driver: "pglite", dataDir: "memory://" };
  if (/\.neon\.tech|[?&]driver=neon/.test(url)) return { driver: "neon", url: url.replace(/[?&]driver=neon/, "") };
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
      const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10 });
      const db = drizzlePg(pool, { schema, casing: "snake_case" }) as unknown as Database;
      return { db, driver: "node-postgres", close: () => pool.end() };
    }
    case "neon": {
      neonConfig.webSocketConstructor = ws;
      if (opts.wsProxy) {
        const proxy = opts.wsProxy;
        neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
        neonConfig.useSecureWebSocket = opts.secure ?? false;
        neonConfig.pipelineTLS = false;
        neonConfig.pipelineConnect = false;
      }
      const pool = new NeonPool({ connectionString: opts.url });
      const db = drizzleNeon(pool, { schema, casing: "snake_case" }) as unknown as Database;
      return { db, driver: "neon", close: () => pool.end() };
    }
  }
}
