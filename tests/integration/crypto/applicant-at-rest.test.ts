import type { DbHandle } from "@vanta/db";
import { schema } from "@vanta/db";
import { keyringFrom } from "@vanta/server/services/crypto/envelope";
import { openFor, rotateDataKeys, sealFor } from "@vanta/server/services/crypto/user-key";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../../support/db.ts";
import { makeUser } from "../domain/support.ts";

// The sensitive applicant answers at rest: the database alone never reveals them; the owner reads them back;
// a key rotation keeps them readable.

let h: DbHandle;
beforeAll(async () => {
  h = await createTestDb();
});
afterAll(async () => {
  await h?.close();
});

describe("sensitive applicant answers are encrypted at rest", () => {
  it("stores EEO, sponsorship and salary only sealed, and gives them back to their owner", async () => {
    const { caller, user } = await makeUser(h.db, "rest");
    await caller.applicant.update({
      application: {
        workAuthorization: { countries: ["US"], needsSponsorship: true },
        salaryExpectation: { amount: 187_654, currency: "USD", period: "year" },
        eeo: { gender: "Nonbinary person", race: "decline", veteran: "Not a protected veteran" },
        referralSource: "A friend",
      },
    });
    const [row] = await h.db
      .select()
      .from(schema.applicantProfiles)
      .where(eq(schema.applicantProfiles.userId, user.id));
    expect(row?.eeo).toBeNull();
    expect(row?.sensitive).toMatch(/^v1\.dk\./);
    const raw = (await h.db.execute(
      sql`select t::text as t from applicant_profiles t where user_id = ${user.id}`,
    )) as unknown as { rows: { t: string }[] };
    const text = raw.rows[0]?.t ?? "";
    for (const secret of ["Nonbinary", "187654", "needsSponsorship", "protected veteran"])
      expect(text).not.toContain(secret);
    expect(text).toContain("A friend"); // not sensitive: stays queryable

    const got = await caller.applicant.get();
    expect(got.application.workAuthorization).toEqual({ countries: ["US"], needsSponsorship: true });
    expect(got.application.salaryExpectation).toEqual({ amount: 187_654, currency: "USD", period: "year" });
    expect(got.application.eeo).toEqual({
      gender: "Nonbinary person",
      race: "decline",
      veteran: "Not a protected veteran",
    });
    const exported = await caller.applicant.export();
    expect(exported.application?.eeo?.gender).toBe("Nonbinary person");

    // a later unrelated edit keeps them sealed and intact
    await caller.applicant.update({ application: { referralSource: "LinkedIn" } });
    expect((await caller.applicant.get()).application.salaryExpectation?.amount).toBe(187_654);
  });

  it("key rotation re-wraps every data key; nothing needs the old master key afterwards", async () => {
    const oldRaw = crypto.getRandomValues(new Uint8Array(32));
    const ring = await keyringFrom(oldRaw);
    const { user } = await makeUser(h.db, "rotate");
    const sealed = await sealFor(h.db, ring, user.id, { gender: "Woman" });
    const rotated = await keyringFrom(crypto.getRandomValues(new Uint8Array(32)), [oldRaw]);
    const out = await rotateDataKeys(h.db, rotated);
    expect(out.rewrapped).toBeGreaterThanOrEqual(1);
    const newOnly = { current: rotated.current, previous: [] };
    expect(await openFor(h.db, newOnly, user.id, sealed)).toEqual({ gender: "Woman" });
    expect((await rotateDataKeys(h.db, rotated)).rewrapped).toBe(0);
    // the first test's user was sealed under another master key: reported, left intact
    expect(out.unopenable).toBeGreaterThanOrEqual(1);
  });
});
