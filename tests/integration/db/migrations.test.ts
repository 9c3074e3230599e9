import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { migrationsFolder } from "@vanta/db";
import { pendingMigration } from "@vanta/db/dev/migrations-sync";
import { describe, expect, it } from "vitest";

// Idempotent re-migration is checked per driver in crud.test.ts (it reuses that file's databases).
describe("committed migrations", () => {
  it("match the drizzle schema: drizzle-kit generate would add nothing", async () => {
    const pending = await pendingMigration();
    expect(pending.files, `run \`pnpm db:generate\`; drizzle-kit would add:\n${pending.sql}`).toEqual([]);
    expect(pending.log).toMatch(/No schema changes/);
  });

  it("the check catches drift: a schema with an extra table yields a pending CREATE TABLE", async () => {
    const drifted = fileURLToPath(new URL("./fixtures/drifted-schema.ts", import.meta.url));
    const pending = await pendingMigration({ schema: drifted });
    expect(pending.files).toHaveLength(1);
    expect(pending.sql).toContain('CREATE TABLE "drift_canary"');
    // only the canary: everything else is already covered by the committed files
    expect(pending.sql.match(/CREATE TABLE/g)).toHaveLength(1);
  });

  it("the journal lists exactly the SQL files, in order, with unique numeric prefixes", async () => {
    const journal = JSON.parse(await readFile(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
      entries: { idx: number; tag: string }[];
    };
    const sqlFiles = (await readdir(migrationsFolder)).filter((f) => f.endsWith(".sql")).sort();
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(sqlFiles);
    expect(journal.entries.map((e) => e.idx)).toEqual(journal.entries.map((_, i) => i));
    const prefixes = sqlFiles.map((f) => f.slice(0, 4));
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(prefixes).toEqual(sqlFiles.map((_, i) => String(i).padStart(4, "0")));
  });
});
