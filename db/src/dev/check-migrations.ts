import { pendingMigration } from "./migrations-sync.ts";

// `pnpm db:check`: fails when the schema changed but `pnpm db:generate` was not run (or its output not committed).
const pending = await pendingMigration();
if (pending.files.length > 0) {
  process.stderr.write(
    `db/migrations is out of date with db/src/schema; run \`pnpm db:generate\` and commit the result.\n` +
      `drizzle-kit would generate ${pending.files.join(", ")}:\n${pending.sql}\n`,
  );
  process.exitCode = 1;
} else {
  process.stderr.write("db/migrations matches db/src/schema\n");
}
