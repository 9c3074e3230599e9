import { eq, sql } from "drizzle-orm";
import type { Executor } from "../client.ts";
import { profiles } from "../schema/profiles.ts";

// Ending a digest snooze: the key is removed from preferences (a merge can only set it). Like
// mergeDigestPreferences it leaves updated_at alone: fits do not depend on digest settings.
export async function clearDigestSnooze(db: Executor, userId: string): Promise<void> {
  await db
    .update(profiles)
    .set({
      preferences: sql`${profiles.preferences} - 'digestSnoozedUntil'`,
      updatedAt: sql`${profiles.updatedAt}`,
    })
    .where(eq(profiles.userId, userId));
}
