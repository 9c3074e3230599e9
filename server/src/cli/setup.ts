import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { createDb, type DbHandle, dbOptionsFromUrl, migrate } from "@vanta/db";
import { type Config, ConfigError, loadConfig } from "../config.ts";
import { acquireDataLock, DataLockedError } from "../data-lock.ts";
import { CliError } from "./io.ts";

// Shared start-up steps of the CLI commands: validated config, and the database (locked, migrated).

export function configFromEnv(): Config {
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message, 2);
    throw err;
  }
}

/** Opens the configured database for a one-shot command. Throws DataLockedError when a server holds it. */
export async function openDatabase(config: Config): Promise<DbHandle> {
  const vantaHome = resolve(config.vantaHome);
  const options = dbOptionsFromUrl(config.databaseUrl, vantaHome);
  let release = () => {};
  if (options.driver === "pglite" && options.dataDir !== "memory://") {
    mkdirSync(vantaHome, { recursive: true });
    const lock = acquireDataLock(resolve(vantaHome, "pgdata.lock"));
    release = () => lock.release();
  }
  try {
    const handle = await createDb(options);
    await migrate(handle);
    return {
      ...handle,
      async close() {
        await handle.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

export function lockedMessage(err: DataLockedError): string {
  return `${err.message}. Stop that server first (Ctrl-C), or use DATABASE_URL for a shared PostgreSQL.`;
}

export { DataLockedError };
