// Signed digest links: base64url(JSON claims) "." base64url(HMAC-SHA256(secret, claims part)).
// Web Crypto only, so the HTTP app stays runtime-agnostic. A token names its user, its action and
// (for track) its posting, and expires; anything else about the request is not trusted.

export const DIGEST_ACTIONS = ["track", "unsubscribe", "snooze"] as const;
export type DigestAction = (typeof DIGEST_ACTIONS)[number];

export interface DigestClaims {
  userId: string;
  action: DigestAction;
  /** the posting a track link tracks; null for unsubscribe / snooze */
  postingId: string | null;
  /** unix seconds */
  expiresAt: number;
}

export const TOKEN_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export type TokenProblem = "malformed" | "bad_signature" | "expired";

const enc = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (s.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

const keys = new Map<string, Promise<CryptoKey>>();
function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", enc.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, [
      "sign",
      "verify",
    ]);
    keys.set(secret, key);
  }
  return key;
}

export async function signDigestToken(secret: string, claims: DigestClaims): Promise<string> {
  const body = toBase64Url(
    enc.encode(JSON.stringify({ u: claims.userId, a: claims.action, p: claims.postingId, e: claims.expiresAt })),
  );
  const sig = new Uint8Array(await crypto.subtle.sign("HMAC", await keyOf(secret), enc.encode(body)));
  return `${body}.${toBase64Url(sig)}`;
}

/** The claims of a genuine, unexpired token for `action`; a problem otherwise (never throws). */
export async function verifyDigestToken(
  secret: string,
  token: string,
  action: DigestAction,
  now: Date,
): Promise<{ ok: true; claims: DigestClaims } | { ok: false; problem: TokenProblem }> {
  const [body, sigPart, extra] = token.split(".");
  if (!body || !sigPart || extra !== undefined || token.length > 1000) return { ok: false, problem: "malformed" };
  const sig = fromBase64Url(sigPart);
  if (!sig) return { ok: false, problem: "malformed" };
  // subtle.verify compares in constant time.
  const genuine = await crypto.subtle.verify("HMAC", await keyOf(secret), sig, enc.encode(body));
  if (!genuine) return { ok: false, problem: "bad_signature" };
  const raw = fromBase64Url(body);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw ?? new Uint8Array()));
  } catch {
    return { ok: false, problem: "malformed" };
  }
  const c = json as { u?: unknown; a?: unknown; p?: unknown; e?: unknown };
  if (
    typeof c.u !== "string" ||
    c.a !== action ||
    (c.p !== null && typeof c.p !== "string") ||
    (action === "track") !== (typeof c.p === "string") ||
    typeof c.e !== "number"
  )
    return { ok: false, problem: "malformed" };
  if (c.e * 1000 <= now.getTime()) return { ok: false, problem: "expired" };
  return { ok: true, claims: { userId: c.u, action, postingId: c.p as string | null, expiresAt: c.e } };
}

/** A stable UUID for "this user tracked this posting from a digest", so repeated clicks replay one track. */
export async function trackRequestId(secret: string, userId: string, postingId: string): Promise<string> {
  const mac = new Uint8Array(
    await crypto.subtle.sign("HMAC", await keyOf(secret), enc.encode(`digest-track:${userId}:${postingId}`)),
  );
  const b = mac.slice(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40; // version 4 layout (random-looking, as the schema expects any UUID)
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
