import type { Executor } from "@vanta/db";
import { findUserKey, insertUserKeyIfAbsent, listUserKeys, updateWrappedKey } from "@vanta/db/queries/user-keys";
import {
  CryptoFailure,
  type Keyring,
  masterKeyIdOf,
  newWrappedDataKey,
  open,
  rewrapDataKey,
  seal,
  unwrapDataKey,
} from "./envelope.ts";

/** The user's data key, created on first use. */
export async function dataKeyFor(db: Executor, ring: Keyring, userId: string): Promise<CryptoKey> {
  const row =
    (await findUserKey(db, userId)) ?? (await insertUserKeyIfAbsent(db, userId, await newWrappedDataKey(ring)));
  return unwrapDataKey(ring, row.wrappedKey);
}

export async function sealFor(db: Executor, ring: Keyring, userId: string, value: unknown): Promise<string> {
  return seal(await dataKeyFor(db, ring, userId), JSON.stringify(value));
}

export async function openFor<T>(db: Executor, ring: Keyring, userId: string, sealed: string): Promise<T> {
  return JSON.parse(await open(await dataKeyFor(db, ring, userId), sealed)) as T;
}

/**
 * Re-wraps every data key under the current master key; the sealed data itself is untouched. A key wrapped by
 * a master key that is not configured is counted (`unopenable`) and left as it was, never dropped.
 */
export async function rotateDataKeys(
  db: Executor,
  ring: Keyring,
): Promise<{ rewrapped: number; already: number; unopenable: number }> {
  let after: string | null = null;
  let rewrapped = 0;
  let already = 0;
  let unopenable = 0;
  for (;;) {
    const page = await listUserKeys(db, after, 500);
    if (page.length === 0) break;
    for (const row of page) {
      if (masterKeyIdOf(row.wrappedKey) === ring.current.id) already++;
      else {
        try {
          await updateWrappedKey(db, row.userId, await rewrapDataKey(ring, row.wrappedKey));
          rewrapped++;
        } catch (err) {
          if (!(err instanceof CryptoFailure)) throw err;
          unopenable++;
        }
      }
    }
    after = page[page.length - 1]?.userId ?? null;
  }
  return { rewrapped, already, unopenable };
}
