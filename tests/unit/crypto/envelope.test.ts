import {
  CryptoFailure,
  keyringFrom,
  masterKeyIdOf,
  newWrappedDataKey,
  open,
  rewrapDataKey,
  seal,
  unwrapDataKey,
} from "@vanta/server/services/crypto/envelope";
import { describe, expect, it } from "vitest";

const key = () => crypto.getRandomValues(new Uint8Array(32));

describe("envelope encryption", () => {
  it("seals and opens with the user's data key; the sealed text reveals nothing", async () => {
    const ring = await keyringFrom(key());
    const dk = await unwrapDataKey(ring, await newWrappedDataKey(ring));
    const sealed = await seal(dk, '{"gender":"Woman"}');
    expect(sealed).toMatch(/^v1\.dk\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("Woman");
    expect(await open(dk, sealed)).toBe('{"gender":"Woman"}');
    // a fresh IV every time: the same answer never seals to the same text
    expect(await seal(dk, '{"gender":"Woman"}')).not.toBe(sealed);
  });

  it("refuses tampered data and the wrong key", async () => {
    const ring = await keyringFrom(key());
    const dk = await unwrapDataKey(ring, await newWrappedDataKey(ring));
    const other = await unwrapDataKey(ring, await newWrappedDataKey(ring));
    const sealed = await seal(dk, "secret");
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}${sealed.slice(-1)}`;
    await expect(open(dk, flipped)).rejects.toBeInstanceOf(CryptoFailure);
    await expect(open(other, sealed)).rejects.toBeInstanceOf(CryptoFailure);
    const stranger = await keyringFrom(key());
    await expect(unwrapDataKey(stranger, await newWrappedDataKey(ring))).rejects.toThrow(/no master key/);
  });

  it("rotation re-wraps a data key under the new master key; old data still opens without the old key", async () => {
    const oldRaw = key();
    const before = await keyringFrom(oldRaw);
    const wrapped = await newWrappedDataKey(before);
    const sealed = await seal(await unwrapDataKey(before, wrapped), "answer");
    const during = await keyringFrom(key(), [oldRaw]);
    const rewrapped = await rewrapDataKey(during, wrapped);
    expect(masterKeyIdOf(rewrapped)).toBe(during.current.id);
    expect(masterKeyIdOf(rewrapped)).not.toBe(before.current.id);
    const after = { current: during.current, previous: [] };
    expect(await open(await unwrapDataKey(after, rewrapped), sealed)).toBe("answer");
  });
});
