import { createDb, type DbHandle, migrate } from "@vanta/db";

/**
 * A freshly migrated throwaway database for one test file. PGlite in memory by default
 * (each start costs ~2 s: share one per file, in beforeAll).
 */
export async function createTestDb(): Promise<DbHandle> {
  const handle = await createDb({ driver: "pglite", dataDir: "memory://" });
  await migrate(handle);
  return handle;
}
