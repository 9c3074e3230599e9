import type { DbHandle } from "@vanta/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { errorOf, makeUser, posting } from "./support.ts";

// Annual cents outgrow a 32-bit integer in currencies with small units (¥30M = 3e9 cents, Rp 250M
// = 2.5e10): those salaries must store and read back as numbers on every driver, not fail with a 500.

for (const driver of ["pglite", "node-postgres"] as const) {
  describe(`large salaries (${driver})`, () => {
    let h: DbHandle;
    beforeAll(async () => {
      h = await createTestDb(driver);
    });
    afterAll(async () => {
      await h?.close();
    });

    it("a profile floor of ¥30M and postings in JPY / IDR round-trip through capture, get and the feed", async () => {
      const { caller } = await makeUser(h.db);
      await caller.profile.update({ minSalary: 30_000_000, currency: "JPY" });
      expect((await caller.profile.get()).minSalary).toBe(30_000_000);

      const jpy = posting({ salary: { min: 20_000_000, max: 30_000_000, currency: "JPY", period: "year" } });
      const idr = posting({ salary: { min: 150_000_000, max: 250_000_000, currency: "IDR", period: "year" } });
      const a = await caller.postings.capture({ posting: jpy });
      const b = await caller.postings.capture({ posting: idr });
      expect((await caller.postings.get({ id: a.postingId })).salary).toEqual(jpy.salary);
      expect((await caller.postings.get({ id: b.postingId })).salary).toEqual(idr.salary);

      // Sorted by salary (raw annual cents): the IDR figure is the larger number, and both come back as numbers.
      const feed = await caller.feed.list({ sort: "salary", limit: 10 });
      expect(feed.items.map((i) => [i.posting.id, i.salary?.max])).toEqual([
        [b.postingId, 250_000_000],
        [a.postingId, 30_000_000],
      ]);
      // The salary cursor carries a key above 2^31 and still pages.
      const first = await caller.feed.list({ sort: "salary", limit: 1 });
      expect(first.nextCursor).toBeTruthy();
      const second = await caller.feed.list({ sort: "salary", limit: 1, cursor: first.nextCursor ?? undefined });
      expect(second.items.map((i) => i.posting.id)).toEqual([a.postingId]);
    });

    it("refuses an amount too large to be a salary (a parse error upstream) with BAD_REQUEST", async () => {
      const { caller } = await makeUser(h.db);
      const absurd = posting({ salary: { min: null, max: 1e17, currency: "USD", period: "hour" } });
      expect((await errorOf(caller.postings.capture({ posting: absurd }))).code).toBe("BAD_REQUEST");
    });
  });
}
