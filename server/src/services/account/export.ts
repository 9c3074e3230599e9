import type { Executor } from "@vanta/db";
import { exportUserRows } from "@vanta/db/queries/account";
import { strToU8, zipSync } from "fflate";
import type { FileStore } from "../../ports/files/types.ts";
import { readApplicant } from "../applicant/store.ts";
import type { Keyring } from "../crypto/envelope.ts";

// "Own your data": one zip with every row of the user's as JSON (account.json) and every stored file
// (resume originals, attachments) under files/, named by their storage key.

export interface AccountExport {
  filename: string;
  bytes: Uint8Array;
  tables: Record<string, number>;
  files: number;
}

/** Storage keys named by any exported row (resume versions, attachments, whatever stores files later). */
export function storageKeysOf(rows: Record<string, Record<string, unknown>[]>): string[] {
  const keys = new Set<string>();
  for (const list of Object.values(rows))
    for (const r of list) if (typeof r.storageKey === "string" && r.storageKey) keys.add(r.storageKey);
  return [...keys].sort();
}

export async function exportAccount(
  deps: { db: Executor; files: FileStore; now: Date; keys?: Keyring },
  userId: string,
): Promise<AccountExport> {
  const rows = await exportUserRows(deps.db, userId);
  // The stored applicant row holds the sensitive answers sealed; its owner gets them readable.
  if (deps.keys && rows.applicant_profiles?.length) {
    const open = await readApplicant(deps.db, deps.keys, userId);
    rows.applicant_profiles = [{ ...open, sensitive: undefined }];
  }
  const entries: Record<string, Uint8Array> = {};
  let files = 0;
  for (const key of storageKeysOf(rows)) {
    const bytes = await deps.files.get(key);
    if (!bytes) continue;
    entries[`files/${key}`] = bytes;
    files++;
  }
  const body = { exportedAt: deps.now.toISOString(), format: "vanta-account-export/1", userId, tables: rows };
  entries["account.json"] = strToU8(JSON.stringify(body, null, 2));
  return {
    filename: `vanta-export-${deps.now.toISOString().slice(0, 10)}.zip`,
    bytes: zipSync(entries, { level: 6 }),
    tables: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])),
    files,
  };
}
