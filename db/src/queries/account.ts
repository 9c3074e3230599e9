import { eq, getTableColumns, getTableName, inArray, is } from "drizzle-orm";
import { type PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client.ts";
import * as schema from "../schema/index.ts";

// Everything a user owns, for export and deletion. Tables are found from the schema (every table with a
// user_id column), so a table added later is exported and deleted without touching this file.

/** Columns that hold secrets (hashes of tokens, ciphertexts): never exported, even to their owner. */
const SECRET_COLUMNS = new Set(["tokenHash", "accessTokenEnc", "refreshTokenEnc", "wrappedKey"]);
/** Tables of one-time secrets: nothing in them is the user's data. */
const SECRET_TABLES = new Set(["verification_tokens"]);

interface OwnedTable {
  name: string;
  table: PgTable;
  userId: PgColumn;
}

export function userOwnedTables(): OwnedTable[] {
  const out: OwnedTable[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const columns = getTableColumns(value) as Record<string, PgColumn>;
    const userId = columns.userId;
    if (!userId) continue;
    out.push({ name: getTableName(value), table: value, userId });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

const withoutSecrets = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMNS.has(k)));

/** Every row of the user's, by table name (secrets left out), plus the user row and model inputs/outputs. */
export async function exportUserRows(db: Executor, userId: string): Promise<Record<string, Record<string, unknown>[]>> {
  const out: Record<string, Record<string, unknown>[]> = {};
  const [user] = await db.select().from(schema.users).where(eq(schema.users.id, userId));
  out.users = user ? [withoutSecrets(user)] : [];
  for (const t of userOwnedTables()) {
    if (SECRET_TABLES.has(t.name)) continue;
    const rows = (await db.select().from(t.table).where(eq(t.userId, userId))) as Record<string, unknown>[];
    out[t.name] = rows.map(withoutSecrets);
  }
  const runIds = (out.model_runs ?? []).map((r) => r.id as string);
  out.model_io = runIds.length
    ? ((await db.select().from(schema.modelIo).where(inArray(schema.modelIo.modelRunId, runIds))) as Record<
        string,
        unknown
      >[])
    : [];
  return out;
}

/**
 * Deletes the user and everything of theirs. Most tables cascade from users; model runs and audit entries are
 * kept for other users' sake with ON DELETE SET NULL, so the user's own are deleted here first (their inputs,
 * outputs and before/after images are the user's data).
 */
export async function deleteUserAccount(db: Executor, userId: string): Promise<{ deleted: boolean }> {
  return db.transaction(async (tx) => {
    await tx.delete(schema.modelRuns).where(eq(schema.modelRuns.userId, userId));
    await tx.delete(schema.auditLogs).where(eq(schema.auditLogs.userId, userId));
    const gone = await tx.delete(schema.users).where(eq(schema.users.id, userId)).returning({ id: schema.users.id });
    return { deleted: gone.length > 0 };
  });
}
