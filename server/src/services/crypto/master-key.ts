import { randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../../config.ts";
import { type Keyring, keyringFrom } from "./envelope.ts";

// Where the master keys come from: VANTA_MASTER_KEY (+ VANTA_MASTER_KEY_PREVIOUS during a rotation) in the
// cloud; locally a key file generated once under VANTA_HOME (mode 0600), with the previous key kept beside it
// after `vanta keys rotate`. The database never holds a master key.

export const KEY_FILE = "master.key";
export const PREVIOUS_KEY_FILE = "master.key.previous";

const fromB64 = (s: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(Buffer.from(s.trim().replace(/-/g, "+").replace(/_/g, "/"), "base64"));

async function readKeyFile(path: string): Promise<string | null> {
  try {
    return (await readFile(path, "utf8")).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

export async function resolveKeyring(config: Pick<Config, "masterKey">, vantaHome: string): Promise<Keyring> {
  if (config.masterKey) return keyringFrom(fromB64(config.masterKey.current), config.masterKey.previous.map(fromB64));
  const file = join(vantaHome, KEY_FILE);
  let current = await readKeyFile(file);
  if (!current) {
    const fresh = randomBytes(32).toString("base64");
    try {
      await writeFile(file, `${fresh}\n`, { encoding: "utf8", mode: 0o600, flag: "wx" });
      current = fresh;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      current = (await readKeyFile(file)) ?? "";
    }
  }
  const previous = await readKeyFile(join(vantaHome, PREVIOUS_KEY_FILE));
  return keyringFrom(fromB64(current), previous ? previous.split("\n").filter(Boolean).map(fromB64) : []);
}

/** Local rotation: a new key file; the old key moves to master.key.previous so existing data keys still open. */
export async function rotateKeyFile(vantaHome: string): Promise<void> {
  const file = join(vantaHome, KEY_FILE);
  const old = await readKeyFile(file);
  if (old) {
    const before = (await readKeyFile(join(vantaHome, PREVIOUS_KEY_FILE))) ?? "";
    await writeFile(join(vantaHome, PREVIOUS_KEY_FILE), `${[old, before].filter(Boolean).join("\n")}\n`, {
      mode: 0o600,
    });
  }
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600 });
  await rename(tmp, file);
}
