// Envelope encryption with Web Crypto (runs on Node, Workers and Deno alike): each user has a random AES-256-GCM
// data key; the data key is stored only wrapped (AES-GCM) under a master key that never reaches the database.
// Values are sealed as "v1.<key id>.<iv>.<ciphertext>" (base64url), so a row names the key that opens it.

const enc = new TextEncoder();
const dec = new TextDecoder();

const b64u = (bytes: Uint8Array): string => {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};
const unb64u = (s: string): Uint8Array<ArrayBuffer> => {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
};

export interface MasterKey {
  /** first 8 hex chars of SHA-256(key): names the key without revealing it */
  id: string;
  key: CryptoKey;
}

/** The current master key wraps; previous ones only unwrap (during and after a rotation). */
export interface Keyring {
  current: MasterKey;
  previous: MasterKey[];
}

export class CryptoFailure extends Error {
  override readonly name = "CryptoFailure";
}

async function importAes(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (raw.byteLength !== 32) throw new CryptoFailure("a master or data key must be 32 bytes");
  return crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]);
}

export async function masterKeyFrom(raw: Uint8Array<ArrayBuffer>): Promise<MasterKey> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", raw));
  const id = [...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { id, key: await importAes(raw) };
}

export async function keyringFrom(
  current: Uint8Array<ArrayBuffer>,
  previous: Uint8Array<ArrayBuffer>[] = [],
): Promise<Keyring> {
  return { current: await masterKeyFrom(current), previous: await Promise.all(previous.map(masterKeyFrom)) };
}

async function sealWith(key: CryptoKey, keyId: string, plaintext: Uint8Array<ArrayBuffer>): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, plaintext));
  return `v1.${keyId}.${b64u(iv)}.${b64u(ct)}`;
}

function parts(sealed: string): { keyId: string; iv: Uint8Array<ArrayBuffer>; ct: Uint8Array<ArrayBuffer> } {
  const [v, keyId, iv, ct] = sealed.split(".");
  if (v !== "v1" || !keyId || !iv || !ct) throw new CryptoFailure("not a sealed value");
  return { keyId, iv: unb64u(iv), ct: unb64u(ct) };
}

async function openWith(key: CryptoKey, sealed: string): Promise<Uint8Array<ArrayBuffer>> {
  const { iv, ct } = parts(sealed);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: "AES-GCM", iv }, key, ct));
  } catch {
    throw new CryptoFailure("the value does not open with this key (wrong key or tampered data)");
  }
}

/** A fresh data key, returned wrapped under the current master key (what the database stores). */
export async function newWrappedDataKey(ring: Keyring): Promise<string> {
  return sealWith(ring.current.key, ring.current.id, crypto.getRandomValues(new Uint8Array(32)));
}

/** Opens a wrapped data key with whichever master key wrapped it. */
export async function unwrapDataKey(ring: Keyring, wrapped: string): Promise<CryptoKey> {
  const { keyId } = parts(wrapped);
  const master = [ring.current, ...ring.previous].find((k) => k.id === keyId);
  if (!master) throw new CryptoFailure(`no master key ${keyId} is configured (was the key rotated away?)`);
  return importAes(await openWith(master.key, wrapped));
}

/** Re-wraps a data key under the current master key (key rotation); the data sealed with it stays as is. */
export async function rewrapDataKey(ring: Keyring, wrapped: string): Promise<string> {
  const { keyId } = parts(wrapped);
  if (keyId === ring.current.id) return wrapped;
  const master = [ring.current, ...ring.previous].find((k) => k.id === keyId);
  if (!master) throw new CryptoFailure(`no master key ${keyId} is configured`);
  return sealWith(ring.current.key, ring.current.id, await openWith(master.key, wrapped));
}

export const masterKeyIdOf = (wrapped: string): string => parts(wrapped).keyId;

/** Seals a string with a user's data key. */
export async function seal(dataKey: CryptoKey, plaintext: string): Promise<string> {
  return sealWith(dataKey, "dk", enc.encode(plaintext));
}

export async function open(dataKey: CryptoKey, sealed: string): Promise<string> {
  return dec.decode(await openWith(dataKey, sealed));
}
