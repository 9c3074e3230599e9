import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { TRPCClientError } from "@trpc/client";
import { schema } from "@vanta/db";
import { findUserByEmail } from "@vanta/db/queries/users";
import { createApp } from "@vanta/server/app";
import { localAdminRoutes } from "@vanta/server/http/local-admin";
import { headerValue, parseMimeMessage } from "@vanta/server/ports/email/mime-parse";
import { createRateLimiter } from "@vanta/server/services/auth/rate-limit";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startResendServer } from "../../support/resend-server.ts";
import { startTestServer, type TestServer } from "../../support/server.ts";

let server: TestServer;
const realNow = () => new Date();
beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => {
  server.runtime.services.now = realNow;
});
afterAll(async () => {
  await server?.close();
});

const later = (ms: number) => () => new Date(Date.now() + ms);
const sha256 = (v: string) => createHash("sha256").update(v).digest("hex");

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCClientError) return (err.data as { code: string }).code;
    throw err;
  }
}

/** Reads the newest outbox message addressed to `email` back from its .eml file. */
async function lastMailTo(email: string) {
  const files = (await readdir(server.outboxDir))
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .reverse();
  for (const f of files) {
    const msg = parseMimeMessage(await readFile(join(server.outboxDir, f), "utf8"));
    if (headerValue(msg.headers, "To")?.includes(email)) return msg;
  }
  throw new Error(`no mail to ${email} in ${server.outboxDir}`);
}

function tokenFromMail(text: string | null): string {
  const link = /(http:\/\/\S+\/auth\/magic\?token=([A-Za-z0-9_-]{43}))/.exec(text ?? "");
  if (!link?.[2]) throw new Error(`no magic link in: ${text}`);
  expect(link[1]?.startsWith(`${server.url}/auth/magic?token=`)).toBe(true);
  return link[2];
}

describe("magic link", () => {
  it("mails a link into the outbox; the page flow signs in and the token works", async () => {
    const email = "Magic.Page@Example.com";
    const res = await server.caller().auth.requestMagicLink.mutate({ email });
    expect(res.sent).toBe(true);
    // Nothing is created until the link is used.
    expect(await findUserByEmail(server.runtime.db, email)).toBeNull();

    const mail = await lastMailTo("magic.page@example.com");
    expect(headerValue(mail.headers, "Subject")).toBe("Your Vanta sign-in link");
    expect(mail.html).toContain("/auth/magic?token=");
    const token = tokenFromMail(mail.text);

    // Opening the link (a GET, as mail scanners do) does not spend it.
    const confirm = await fetch(`${server.url}/auth/magic?token=${token}`);
    expect(confirm.status).toBe(200);
    expect(confirm.headers.get("cache-control")).toBe("no-store");
    expect(await confirm.text()).toContain('method="post"');

    const signedIn = await fetch(`${server.url}/auth/magic`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }),
    });
    expect(signedIn.status).toBe(200);
    const page = await signedIn.text();
    expect(page).toContain("magic.page@example.com");
    const bearer = /<code id="vanta-token"[^>]*>([A-Za-z0-9_-]{43})<\/code>/.exec(page)?.[1];
    expect(bearer).toBeTruthy();
    expect(await server.caller(bearer).auth.me.query()).toEqual({
      id: expect.any(String),
      email: "magic.page@example.com",
    });

    // Single use: the same link again is refused.
    const again = await fetch(`${server.url}/auth/magic`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token }),
    });
    expect(again.status).toBe(400);
    expect(await again.text()).not.toMatch(/vanta-token/);
  });

  it("auth.verifyMagicLink trades the token for a session once; only hashes are stored", async () => {
    const email = "verify.rpc@example.com";
    await server.caller().auth.requestMagicLink.mutate({ email });
    const token = tokenFromMail((await lastMailTo(email)).text);

    const stored = await server.runtime.db
      .select()
      .from(schema.verificationTokens)
      .where(eq(schema.verificationTokens.email, email));
    expect(stored.map((r) => r.tokenHash)).toContain(sha256(token));

    const session = await server.caller().auth.verifyMagicLink.mutate({ token });
    expect(session.user.email).toBe(email);
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await server.caller(session.token).auth.me.query()).toEqual(session.user);

    const sessions = await server.runtime.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.userId, session.user.id));
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.tokenHash).toBe(sha256(session.token));
    expect(JSON.stringify(sessions)).not.toContain(session.token);

    expect(await codeOf(server.caller().auth.verifyMagicLink.mutate({ token }))).toBe("UNAUTHORIZED");
  });

  it("an expired link is refused", async () => {
    const email = "late@example.com";
    await server.caller().auth.requestMagicLink.mutate({ email });
    const token = tokenFromMail((await lastMailTo(email)).text);
    server.runtime.services.now = later(16 * 60_000);
    expect(await codeOf(server.caller().auth.verifyMagicLink.mutate({ token }))).toBe("UNAUTHORIZED");
    expect(await findUserByEmail(server.runtime.db, email)).toBeNull();
  });

  it("limits requests per address", async () => {
    const email = "flood@example.com";
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(await codeOf(server.caller().auth.requestMagicLink.mutate({ email })));
    expect(codes.slice(0, 5)).toEqual(["OK", "OK", "OK", "OK", "OK"]);
    expect(codes[5]).toBe("TOO_MANY_REQUESTS");
  });
});

describe("pairing", () => {
  it("a code pairs once and yields a working extension token", async () => {
    const { code, url } = await server.pairingCode("pair.once@example.com");
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(url).toBe(`${server.url}/pair?code=${code}`);

    // The link page shows the code without redeeming it.
    const pageRes = await fetch(url);
    expect(await pageRes.text()).toContain(`data-code="${code}"`);

    const paired = await server.caller().auth.pair.mutate({ code });
    expect(paired.user.email).toBe("pair.once@example.com");
    expect(await server.caller(paired.token).auth.me.query()).toEqual(paired.user);
    const [row] = await server.runtime.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.tokenHash, sha256(paired.token)));
    expect(row?.kind).toBe("extension");

    expect(await codeOf(server.caller().auth.pair.mutate({ code }))).toBe("UNAUTHORIZED");
  });

  it("accepts the code as people type it (lowercase, dashes, O for 0)", async () => {
    const { code } = await server.pairingCode();
    const typed = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase().replace(/0/g, "o");
    expect((await server.caller().auth.pair.mutate({ code: typed })).token).toBeTruthy();
  });

  it("an expired code is refused", async () => {
    const { code } = await server.pairingCode();
    server.runtime.services.now = later(15 * 60_000 + 1000);
    expect(await codeOf(server.caller().auth.pair.mutate({ code }))).toBe("UNAUTHORIZED");
  });

  it("limits failed attempts per IP, then refuses even a right code", async () => {
    const original = server.runtime.services.limits.failedAuth;
    server.runtime.services.limits.failedAuth = createRateLimiter({ limit: 3, windowMs: 60_000 });
    try {
      for (let i = 0; i < 3; i++) {
        expect(await codeOf(server.caller().auth.pair.mutate({ code: "ZZZZZZZZ" }))).toBe("UNAUTHORIZED");
      }
      const { code } = await server.pairingCode();
      expect(await codeOf(server.caller().auth.pair.mutate({ code }))).toBe("TOO_MANY_REQUESTS");
    } finally {
      server.runtime.services.limits.failedAuth = original;
    }
  });
});

describe("sessions", () => {
  it("an unauthenticated protected call is UNAUTHORIZED", async () => {
    expect(await codeOf(server.caller().auth.me.query())).toBe("UNAUTHORIZED");
  });

  it("signOut revokes only the current session", async () => {
    const a = await server.pair("two.devices@example.com");
    const b = await server.pair("two.devices@example.com");
    expect(await server.caller(a.token).auth.signOut.mutate()).toEqual({ signedOut: true });
    expect(await codeOf(server.caller(a.token).auth.me.query())).toBe("UNAUTHORIZED");
    expect((await server.caller(b.token).auth.me.query()).email).toBe("two.devices@example.com");
  });

  it("an expired session is refused", async () => {
    const { token } = await server.createUser();
    server.runtime.services.now = later(181 * 24 * 3600_000);
    expect(await codeOf(server.caller(token).auth.me.query())).toBe("UNAUTHORIZED");
  });
});

describe("local admin (vanta pair while the server holds the database)", () => {
  it("mints a code only for the admin token from server.json", async () => {
    const admin = "adm".repeat(15);
    const app = createApp({
      ...server.runtime,
      extraRoutes: [{ path: "/", app: localAdminRoutes(server.runtime, admin) }],
    });
    const post = (token: string, body: unknown) =>
      app.request("/local/pairing-codes", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await post("wrong", { email: "admin.pair@example.com" })).status).toBe(401);
    expect((await post(admin, { email: "nope" })).status).toBe(400);
    const ok = await post(admin, { email: "admin.pair@example.com" });
    expect(ok.status).toBe(200);
    const { code } = (await ok.json()) as { code: string };
    expect((await server.caller().auth.pair.mutate({ code })).user.email).toBe("admin.pair@example.com");
    // Not mounted unless the runtime was given an admin token.
    expect((await fetch(`${server.url}/local/pairing-codes`, { method: "POST" })).status).toBe(404);
  });
});

describe("magic link through Resend", () => {
  it("sends via the Resend API; a provider failure is a clear SERVICE_UNAVAILABLE, rate limits are 429", async () => {
    const resend = await startResendServer("re_test_key");
    const viaResend = await startTestServer({
      env: { RESEND_API_KEY: "re_test_key", RESEND_BASE_URL: resend.url, EMAIL_FROM: "Vanta <signin@example.com>" },
    });
    try {
      expect(await (await fetch(`${viaResend.url}/health`)).json()).toMatchObject({ adapters: { email: "resend" } });
      await viaResend.caller().auth.requestMagicLink.mutate({ email: "resend.user@example.com" });
      expect(resend.sent).toHaveLength(1);
      expect(resend.sent[0]?.from).toBe("Vanta <signin@example.com>");
      expect(resend.sent[0]?.text).toContain(`${viaResend.url}/auth/magic?token=`);

      resend.rateLimitNext = 1;
      expect(await codeOf(viaResend.caller().auth.requestMagicLink.mutate({ email: "b@example.com" }))).toBe(
        "TOO_MANY_REQUESTS",
      );
      await resend.close();
      const err = await viaResend
        .caller()
        .auth.requestMagicLink.mutate({ email: "c@example.com" })
        .catch((e) => e);
      expect(err).toBeInstanceOf(TRPCClientError);
      expect(err.data.code).toBe("SERVICE_UNAVAILABLE");
      expect(err.message).toContain("could not be sent");
    } finally {
      await viaResend.close();
      await resend.close().catch(() => {});
    }
  });
});
