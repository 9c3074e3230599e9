import type { DbHandle } from "@vanta/db";
import { claimDailyRun, findDailyRun, finishDailyRun, markSearchesRun } from "@vanta/db/queries/daily-search";
import { insertSearch, listSearches } from "@vanta/db/queries/searches";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";

// The daily-search writes take the owner too: an id that belongs to someone else changes nothing.

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle?.close();
});

async function userWithRunAndSearch(email: string) {
  const { user } = await ensureUserByEmail(handle.db, email);
  const search = await insertSearch(handle.db, {
    userId: user.id,
    name: "TS roles",
    filters: { keywords: ["typescript"] },
    cron: "0 8 * * *",
    timezone: "UTC",
    enabled: true,
  });
  const claim = await claimDailyRun(handle.db, {
    userId: user.id,
    localDay: "2026-03-02",
    occurredAt: new Date("2026-03-02T08:00:00Z"),
    props: { status: "running" },
  });
  if (!claim) throw new Error("first claim of the day must succeed");
  return { user, search, claim };
}

describe("daily-search queries are scoped to the owner", () => {
  it("finishDailyRun and markSearchesRun ignore another user's ids", async () => {
    const ada = await userWithRunAndSearch("ada-scope@example.com");
    const bob = await userWithRunAndSearch("bob-scope@example.com");
    const at = new Date("2026-03-02T08:05:00Z");

    await finishDailyRun(handle.db, bob.user.id, ada.claim.id, { status: "ok" });
    await markSearchesRun(handle.db, bob.user.id, [ada.search.id], at, null);
    expect((await findDailyRun(handle.db, ada.user.id, "2026-03-02"))?.props.status).toBe("running");
    expect((await listSearches(handle.db, ada.user.id))[0]?.lastRunAt).toBeNull();

    // The owner's own call does land (so the checks above are not vacuous).
    await finishDailyRun(handle.db, ada.user.id, ada.claim.id, { status: "ok" });
    await markSearchesRun(handle.db, ada.user.id, [ada.search.id], at, null);
    expect((await findDailyRun(handle.db, ada.user.id, "2026-03-02"))?.props.status).toBe("ok");
    expect((await listSearches(handle.db, ada.user.id))[0]?.lastRunAt?.toISOString()).toBe(at.toISOString());
  });
});
