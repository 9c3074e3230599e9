import { OpaqueToken, PairingCode } from "@vanta/shared/auth";
import type { Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { html as h } from "hono/html";
import type { AppRuntime } from "../app.ts";
import { verifyMagicLink } from "../services/auth/magic-link.ts";
import { admit, attemptKey } from "../services/auth/rate-limit.ts";
import type { AppEnv } from "./env.ts";
import { type Html, page, SECRET_PAGE_HEADERS } from "./html.ts";

// Server-rendered pages behind the links we print or mail. Opening a link never spends it: mail
// scanners and link previews fetch GET URLs, so the magic link asks for one click (a POST) first.

function html(c: Context<AppEnv>, body: Html, status: 200 | 400 | 413 | 429 = 200) {
  for (const [k, v] of Object.entries(SECRET_PAGE_HEADERS)) c.header(k, v);
  return c.html(body, status);
}

export function mountAuthPages(app: Hono<AppEnv>, runtime: AppRuntime): void {
  const { services } = runtime;

  app.get("/auth/magic", (c) => {
    const token = OpaqueToken.safeParse(c.req.query("token"));
    if (!token.success) return html(c, invalidLinkPage(), 400);
    return html(
      c,
      page(
        "Sign in to Vanta",
        h`<h1>Sign in to Vanta</h1>
<form method="post" action="/auth/magic"><input type="hidden" name="token" value="${token.data}">
<button type="submit">Sign in and show my extension token</button></form>
<p class="muted">The link works once and expires 15 minutes after it was sent.</p>`,
      ),
    );
  });

  // A sign-in form is a few hundred bytes; refuse anything big before parsing it.
  app.use("/auth/*", bodyLimit({ maxSize: 16 * 1024, onError: (c) => html(c, invalidLinkPage(), 413) }));

  app.post("/auth/magic", async (c) => {
    const key = attemptKey("magic", runtime.clientIp?.(c) ?? null);
    if (!admit(services.limits.failedAuth, key))
      return html(c, page("Too many attempts", h`<h1>Too many attempts</h1><p>Wait a few minutes.</p>`), 429);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = OpaqueToken.safeParse(form.token);
    const session = token.success
      ? await verifyMagicLink(
          { db: runtime.db, now: services.now() },
          { token: token.data, userAgent: c.req.header("user-agent") ?? null },
        )
      : null;
    if (!session) return html(c, invalidLinkPage(), 400);
    services.limits.failedAuth.refund(key);
    c.get("log").info("signed in by magic link", { userId: session.user.id, sessionId: session.sessionId });
    return html(
      c,
      page(
        "Signed in to Vanta",
        h`<h1>Signed in as ${session.user.email}</h1>
<p>Paste this token into the extension (Options → Connect → "Token"):</p>
<p><code id="vanta-token" data-server="${services.publicUrl}">${session.token}</code></p>
<p class="muted">Anyone with this token can use your account until you sign out; it is shown only once.</p>`,
      ),
    );
  });

  app.get("/pair", (c) => {
    const code = PairingCode.safeParse(c.req.query("code") ?? "");
    const shown = code.success ? code.data : "";
    // The code is shown, not redeemed: the extension redeems it (auth.pair). data-* attributes let
    // its content script pick the code and server up from this page.
    return html(
      c,
      page(
        "Pair the Vanta extension",
        h`<h1>Pair the Vanta extension</h1>
${
  shown
    ? h`<p>Your one-time pairing code:</p>
<p><code id="vanta-pairing" data-code="${shown}" data-server="${services.publicUrl}">${shown}</code></p>`
    : h`<p>Run <code>pnpm --silent vanta pair</code> to get a pairing code.</p>`
}
<p>Open the extension's options page, enter the server <code>${services.publicUrl}</code> and this code.</p>
<p class="muted">The code works once and expires 15 minutes after it was made.</p>`,
      ),
      code.success || !c.req.query("code") ? 200 : 400,
    );
  });
}

function invalidLinkPage() {
  return page(
    "Link invalid or expired",
    h`<h1>This sign-in link is invalid, used or expired</h1><p>Ask for a new link from the extension.</p>`,
  );
}
