import { PAIRING_ALPHABET, PAIRING_CODE_LENGTH } from "@vanta/shared/auth";

// Web Crypto only (global in Node 22 and on serverless runtimes), so the app stays runtime-agnostic.

/** 32 random bytes, base64url without padding: the bearer token and the magic-link secret. */
export function newOpaqueToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return base64url(bytes);
}

/** 8 characters of Crockford base32; 256 is a multiple of 32, so `byte & 31` is unbiased. */
export function newPairingCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(PAIRING_CODE_LENGTH));
  return Array.from(bytes, (b) => PAIRING_ALPHABET[b & 31]).join("");
}

/** Only this digest is stored: a leaked table cannot be replayed as tokens. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

function base64url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
