import { type AddressInfo, createServer } from "node:net";
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { adminUrlFor, createTestDb, defaultTestDatabaseUrl } from "../../support/db.ts";
import { rowsOf } from "./pg-result.ts";

const baseUrl = () => process.env.TEST_DATABASE_URL || defaultTestDatabaseUrl;

async function databaseExists(name: string): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrlFor(baseUrl()) });
  await admin.connect();
  try {
    const { rows } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rows.length === 1;
  } finally {
    await admin.end();
  }
}

describe.each(["node-postgres", "neon"] as const)("createTestDb(%s)", (driver) => {
  it("makes its own database and drops it on close (twice is fine)", async () => {
    const handle = await createTestDb(driver);
    const [row] = rowsOf<{ name: string }>(await handle.db.execute(sql`SELECT current_database() AS name`));
    const name = row!.name;
    expect(name).toMatch(/^vanta_t_\d+_/);
    expect(await databaseExists(name)).toBe(true);
    await Promise.all([handle.close(), handle.close()]);
    expect(await databaseExists(name)).toBe(false);
  });
});

describe("two Neon test databases at once", () => {
  it("each pool keeps its own proxy: closing one leaves the other able to open new connections", async () => {
    const a = await createTestDb("neon");
    const b = await createTestDb("neon");
    try {
      await b.close();
      // concurrent queries force the pool to open connections beyond the one left idle by migrate()
      const names = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const [row] = rowsOf<{ name: string }>(
            await a.db.execute(sql`SELECT current_database() AS name, pg_sleep(0.05)`),
          );
          return row!.name;
        }),
      );
      expect(new Set(names).size).toBe(1);
      const [count] = rowsOf<{ n: number }>(
        await a.db.execute(sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()`),
      );
      expect(count!.n).toBeGreaterThanOrEqual(2);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe("createTestDb without a reachable PostgreSQL", () => {
  it("fails loudly with the address and a hint instead of skipping", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));

    const saved = process.env.TEST_DATABASE_URL;
    process.env.TEST_DATABASE_URL = `postgres://postgres@127.0.0.1:${port}/test`;
    try {
      await expect(createTestDb("node-postgres")).rejects.toThrow(
        new RegExp(`cannot connect to postgres://postgres@127\\.0\\.0\\.1:${port}/postgres.*TEST_DATABASE_URL`),
      );
    } finally {
      if (saved === undefined) delete process.env.TEST_DATABASE_URL;
      else process.env.TEST_DATABASE_URL = saved;
    }
  });
});
