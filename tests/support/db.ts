import { createDb, type DbDriver, type DbHandle, migrate } from "@vanta/db";
import pg from "pg";
import { startNeonProxy } from "./neon-proxy.ts";

export const defaultTestDatabaseUrl = "postgres://postgres@127.0.0.1:5432/postgres";
const dbNamePrefix = "vanta_t_";
/** Databases a crashed run left behind are dropped once they are this old (never a live run's). */
const staleAfterMs = 6 * 60 * 60 * 1000;

/** Same server and credentials, database switched to `postgres`: where CREATE/DROP DATABASE run. */
export function adminUrlFor(url: string): string {
  return withDatabase(url, "postgres");
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** `vanta_t_<epoch ms>_<pid>_<random>`: unique across parallel workers, and its age is readable for cleanup. */
export function testDatabaseName(now = Date.now()): string {
  return `${dbNamePrefix}${now}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

export function isStaleTestDatabase(name: string, now = Date.now()): boolean {
  const match = new RegExp(`^${dbNamePrefix}(\\d+)_`).exec(name);
  return match !== null && now - Number(match[1]) > staleAfterMs;
}

/**
 * A freshly migrated throwaway database for one test file (share it: create in beforeAll, close in afterAll).
 * - "pglite" (default): in memory; each start costs ~2 s.
 * - "node-postgres" / "neon": a new uniquely named database on the PostgreSQL at TEST_DATABASE_URL
 *   (default postgres://postgres@127.0.0.1:5432/postgres); "neon" goes through a local WebSocket proxy.
 *   close() ends the pool and drops the database (FORCE).
 */
export async function createTestDb(driver: DbDriver = "pglite"): Promise<DbHandle> {
  if (driver === "pglite") {
    const handle = await createDb({ driver: "pglite", dataDir: "memory://" });
    await migrate(handle);
    return handle;
  }

  const baseUrl = process.env.TEST_DATABASE_URL || defaultTestDatabaseUrl;
  const adminUrl = adminUrlFor(baseUrl);
  const name = testDatabaseName();
  await withAdmin(adminUrl, driver, async (admin) => {
    await dropStaleDatabases(admin);
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const url = withDatabase(baseUrl, name);

  const dropDatabase = () =>
    withAdmin(adminUrl, driver, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const proxy = driver === "neon" ? await startNeonProxy() : undefined;
  let handle: DbHandle | undefined;
  try {
    handle =
      driver === "neon"
        ? await createDb({ driver: "neon", url, wsProxy: proxy!.host })
        : await createDb({ driver: "node-postgres", url, max: 4 });
    await migrate(handle);
  } catch (err) {
    await handle?.close().catch(() => {});
    await proxy?.close();
    await dropDatabase();
    throw err;
  }

  const inner = handle;
  let closed: Promise<void> | undefined;
  return {
    db: inner.db,
    driver: inner.driver,
    close: () => {
      // Idempotent: afterAll hooks and failing tests may both call it.
      closed ??= (async () => {
        try {
          await inner.close();
        } finally {
          await proxy?.close();
          await dropDatabase();
        }
      })();
      return closed;
    },
  };
}

async function withAdmin<T>(adminUrl: string, driver: DbDriver, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (err) {
    await admin.end().catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(
      `createTestDb("${driver}") needs a real PostgreSQL but cannot connect to ${redact(adminUrl)}: ${reason}. ` +
        "Start PostgreSQL (trust auth, user postgres) or point TEST_DATABASE_URL at one.",
    );
  }
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function dropStaleDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
    `${dbNamePrefix}%`,
  ]);
  for (const { datname } of rows) {
    if (isStaleTestDatabase(datname)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
