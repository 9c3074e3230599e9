import type { Executor } from "@vanta/db";
import { deleteUserAccount, exportUserRows } from "@vanta/db/queries/account";
import type { FileStore } from "../../ports/files/types.ts";
import type { SchedulerPort } from "../../ports/scheduler/types.ts";
import { scheduleIdOf } from "../daily-search/schedule.ts";
import { storageKeysOf } from "./export.ts";

/**
 * Deletes the account for good: the daily schedule, every stored file, then every row (sessions included,
 * so every token stops working at once). Files go first: a failure there leaves the account whole to retry.
 */
export async function deleteAccount(
  deps: { db: Executor; files: FileStore; scheduler?: SchedulerPort },
  userId: string,
): Promise<{ deleted: boolean; files: number }> {
  const rows = await exportUserRows(deps.db, userId);
  const keys = storageKeysOf(rows);
  await deps.scheduler?.deleteSchedule(scheduleIdOf(userId));
  for (const key of keys) await deps.files.delete(key);
  const { deleted } = await deleteUserAccount(deps.db, userId);
  return { deleted, files: keys.length };
}
