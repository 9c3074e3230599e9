import { signDigestToken, trackRequestId, verifyDigestToken } from "@vanta/server/services/digest/token";
import { describe, expect, it } from "vitest";

const secret = "unit-secret-unit-secret-unit-secret-00";
const user = "6f1c1f1e-8a6b-4c43-9a8e-0e5b7d1c2a10";
const posting = "0b9f0a52-5d1e-4f7e-8a0c-3c2a6f1b9d44";
const now = new Date("2026-03-01T08:00:00Z");
const exp = Math.floor(now.getTime() / 1000) + 3600;

describe("digest link tokens", () => {
  it("round-trips the claims for the right action", async () => {
    const t = await signDigestToken(secret, { userId: user, action: "track", postingId: posting, expiresAt: exp });
    expect(await verifyDigestToken(secret, t, "track", now)).toEqual({
      ok: true,
      claims: { userId: user, action: "track", postingId: posting, expiresAt: exp },
    });
  });

  it("rejects another action, another secret, a changed byte, expiry and junk", async () => {
    const t = await signDigestToken(secret, { userId: user, action: "unsubscribe", postingId: null, expiresAt: exp });
    expect(await verifyDigestToken(secret, t, "snooze", now)).toMatchObject({ ok: false });
    expect(await verifyDigestToken(`${secret}x`, t, "unsubscribe", now)).toEqual({
      ok: false,
      problem: "bad_signature",
    });
    const changed = `${t.slice(0, 3)}${t[3] === "a" ? "b" : "a"}${t.slice(4)}`;
    expect(await verifyDigestToken(secret, changed, "unsubscribe", now)).toMatchObject({ ok: false });
    expect(await verifyDigestToken(secret, t, "unsubscribe", new Date((exp + 1) * 1000))).toEqual({
      ok: false,
      problem: "expired",
    });
    for (const junk of ["", ".", "a.b.c", "!!!.???", t.replace(".", "")])
      expect(await verifyDigestToken(secret, junk, "unsubscribe", now)).toEqual({ ok: false, problem: "malformed" });
  });

  it("a track token must name a posting, an unsubscribe token must not", async () => {
    const noPosting = await signDigestToken(secret, { userId: user, action: "track", postingId: null, expiresAt: exp });
    expect(await verifyDigestToken(secret, noPosting, "track", now)).toEqual({ ok: false, problem: "malformed" });
  });

  it("derives one stable UUID per (user, posting) for the track replay key", async () => {
    const a = await trackRequestId(secret, user, posting);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await trackRequestId(secret, user, posting)).toBe(a);
    expect(await trackRequestId(secret, posting, user)).not.toBe(a);
  });
});
