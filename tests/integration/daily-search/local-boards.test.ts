import type { DbHandle } from "@vanta/db";
import { ensureProfile, updateProfile } from "@vanta/db/queries/profiles";
import { insertSearch } from "@vanta/db/queries/searches";
import { ensureUserByEmail } from "@vanta/db/queries/users";
import { DEMO_PREFIX } from "@vanta/server/demo/boards";
import { memoryLogger } from "@vanta/server/log";
import { runDailySearch } from "@vanta/server/services/daily-search/run";
import { createSourceCache } from "@vanta/server/services/daily-search/source-cache";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";

// Saved searches on the shipped local boards: offline, no default network boards, one fetch per board per
// process for all users, and a replayed local day runs once.

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

async function user(label: string, boards: string[]) {
  const { user } = await ensureUserByEmail(h.db, `${label}-${crypto.randomUUID()}@test.vanta.localhost`);
  await ensureProfile(h.db, user.id);
  await updateProfile(h.db, user.id, { resumeText: "Backend engineer: TypeScript, PostgreSQL, Kafka, AWS" });
  await insertSearch(h.db, {
    userId: user.id,
    name: "local",
    filters: {
      boards: boards.map((b) => ({ provider: b.split("-")[0] as string, board: `${DEMO_PREFIX}${b.split("-")[1]}` })),
    },
    cron: "0 8 * * *",
    timezone: "UTC",
    enabled: true,
  });
  return user.id;
}

describe("daily search on local boards", () => {
  it("ingests the shipped responses with no network, and a shared board is fetched once per process", async () => {
    const now = new Date("2026-11-29T10:00:00Z");
    const cache = createSourceCache();
    const deps = { db: h.db, log: memoryLogger(), env: {}, now: () => now, sourceCache: cache };
    const a = await user("a", ["greenhouse-northwind", "lever-quill"]);
    const first = await runDailySearch(deps, { userId: a });
    // only the two local boards: the default company boards (network) are not added
    expect(first).toMatchObject({ status: "ok", sources: 2, errors: [] });
    expect(first.fetched).toBeGreaterThan(40);
    expect(first.scored).toBeGreaterThan(30);

    const b = await user("b", ["greenhouse-northwind"]);
    const second = await runDailySearch(deps, { userId: b });
    expect(second).toMatchObject({ status: "ok", sources: 0, fetched: 0 });
    // nothing fetched, yet b's feed is scored from what a's run stored
    expect(second.scored).toBeGreaterThan(20);
  });

  it("an unknown local board is a recorded failure, not a network call; a replayed day runs once", async () => {
    const c = await user("c", ["greenhouse-nosuchboard"]);
    const deps = { db: h.db, log: memoryLogger(), env: {}, now: () => new Date("2026-11-29T10:00:00Z") };
    const run = await runDailySearch(deps, { userId: c, localDay: "2026-11-20" });
    expect(run.status).toBe("unreachable");
    expect(run.localDay).toBe("2026-11-20");
    expect(run.errors[0]?.code).not.toBe("unreachable");
    const again = await runDailySearch(deps, { userId: c, localDay: "2026-11-20" });
    expect(again.status).toBe("already_ran");
  });
});
