import { migrate as migrateNeon } from "drizzle-orm/neon-serverless/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { type DbHandle, migrationsFolder } from "./client.ts";

/** Applies the committed drizzle-kit migrations (idempotent: drizzle tracks applied ones). */
export async function migrate(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder };
  // Each migrator is typed to its own driver's database class; the handle's driver tells which one this is.
  switch (handle.driver) {
    case "pglite":
      return migratePglite(handle.db as never, config);
    case "node-postgres":
      return migratePg(handle.db as never, config);
    case "neon":
      return migrateNeon(handle.db as never, config);
  }
}
