import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

// The server secret (HMAC key of signed links): VANTA_SECRET when set, else one generated on first start
// and kept in $VANTA_HOME/secret, so links mailed yesterday still verify after a restart.

const MIN_LENGTH = 32;

export async function resolveSecret(configured: string | undefined, vantaHome: string): Promise<string> {
  if (configured) return configured;
  const file = join(vantaHome, "secret");
  const read = async () => (await readFile(file, "utf8")).trim();
  try {
    const existing = await read();
    if (existing.length >= MIN_LENGTH) return existing;
    throw new Error(`${file} holds a secret shorter than ${MIN_LENGTH} characters; delete it to generate a new one`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const fresh = randomBytes(32).toString("base64url");
  try {
    // "wx": two processes starting together keep the first one's secret.
    await writeFile(file, `${fresh}\n`, { encoding: "utf8", mode: 0o600, flag: "wx" });
    return fresh;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return read();
    throw err;
  }
}
