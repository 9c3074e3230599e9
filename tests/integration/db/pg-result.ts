import { readFileSync } from "node:fs";
import { join } from "node:path";
import { migrationsFolder, schema } from "@vanta/db";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";

/** `db.execute()` returns each driver's own result object; all three carry `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  const rows = (result as { rows?: unknown }).rows;
  if (!Array.isArray(rows)) throw new Error(`execute() result has no rows array: ${JSON.stringify(result)}`);
  return rows as T[];
}

/** The SQLSTATE of a failed query (drizzle wraps the driver error in `cause`, possibly several levels deep). */
export function pgErrorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Runs `fn` expecting it to fail with this SQLSTATE (23505 unique, 23503 foreign key…). */
export async function expectPgError(fn: () => Promise<unknown>, code: string): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const actual = pgErrorCode(err);
    if (actual !== code) throw new Error(`expected SQLSTATE ${code}, got ${actual ?? "none"}`, { cause: err });
    return;
  }
  throw new Error(`expected SQLSTATE ${code}, but the query succeeded`);
}

export function schemaTableNames(): string[] {
  const values: unknown[] = Object.values(schema);
  return values
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => getTableName(table))
    .sort();
}

export function journalEntryCount(): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}
