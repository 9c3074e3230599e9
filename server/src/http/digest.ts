import type { Context, Hono } from "hono";
import { html as h } from "hono/html";
import type { AppRuntime } from "../app.ts";
import type { ServiceCtx } from "../services/context.ts";
import {
  digestPostingLabel,
  MAX_SNOOZE_DAYS,
  snoozeDigest,
  trackFromDigest,
  unsubscribeDigestEmail,
} from "../services/digest/actions.ts";
import { DEFAULT_SNOOZE_DAYS } from "../services/digest/links.ts";
import { type DigestAction, verifyDigestToken } from "../services/digest/token.ts";
import { NotFoundError } from "../services/domain-errors.ts";
import type { AppEnv } from "./env.ts";
import { type Html, page, SECRET_PAGE_HEADERS } from "./html.ts";

// The digest email's one-click links. The signed token is the only credential: it names the user, the
// action and (for track) the posting, and expires. Anything wrong with it is a 400 page, never a 500.

type Status = 200 | 400;

function html(c: Context<AppEnv>, title: string, body: Html, status: Status = 200) {
  // The token sits in the URL: keep it out of caches and Referer headers.
  for (const [k, v] of Object.entries(SECRET_PAGE_HEADERS)) c.header(k, v);
  return c.html(page(title, h`<h1>${title}</h1>${body}`), status);
}

const invalid = (c: Context<AppEnv>, why: string) =>
  html(c, "This link does not work", h`<p>${why}</p><p class="muted">Links in a digest work for 14 days.</p>`, 400);

/** The confirm page a GET shows: one button that POSTs back to the same URL (token and days included). */
function confirm(c: Context<AppEnv>, title: string, intro: Html, button: string) {
  const action = `${c.req.path}?${new URL(c.req.url).searchParams.toString()}`;
  return html(
    c,
    title,
    h`${intro}<form method="post" action="${action}"><button type="submit">${button}</button></form>`,
  );
}

function snoozeDays(c: Context<AppEnv>): number | null {
  const raw = c.req.query("days") ?? String(DEFAULT_SNOOZE_DAYS);
  const days = /^\d{1,2}$/.test(raw) ? Number(raw) : Number.NaN;
  return days >= 1 && days <= MAX_SNOOZE_DAYS ? days : null;
}

export function mountDigest(app: Hono<AppEnv>, runtime: AppRuntime): void {
  const { services } = runtime;

  /** Verifies `?t=` for `action`, then runs `act` for the token's user; bad tokens and gone users → 400. */
  const withToken =
    (action: DigestAction, act: (c: Context<AppEnv>, svc: ServiceCtx, postingId: string | null) => Promise<Response>) =>
    async (c: Context<AppEnv>) => {
      const t = c.req.query("t") ?? "";
      const verified = await verifyDigestToken(services.digestSecret, t, action, services.now());
      if (!verified.ok)
        return invalid(c, verified.problem === "expired" ? "This link has expired." : "This link is not valid.");
      const svc: ServiceCtx = {
        db: runtime.db,
        userId: verified.claims.userId,
        requestId: c.get("requestId"),
        log: c.get("log"),
        files: services.files,
        scheduler: services.scheduler,
        now: () => services.now(),
      };
      try {
        return await act(c, svc, verified.claims.postingId);
      } catch (err) {
        if (err instanceof NotFoundError) return invalid(c, "This posting or account no longer exists.");
        throw err;
      }
    };

  // Mail scanners and link previews fetch every link of a message on delivery: a GET only shows what the
  // link would do, the button (a POST) does it. Mail clients' RFC 8058 one-click unsubscribe POSTs too.
  app.get(
    "/digest/track",
    withToken("track", async (c, svc, postingId) => {
      const p = await digestPostingLabel(svc, postingId ?? "");
      return confirm(
        c,
        "Track this job?",
        h`<p><strong>${p.title}</strong> at ${p.company} goes on your Vanta board.</p>`,
        "Track this job",
      );
    }),
  );
  app.post(
    "/digest/track",
    withToken("track", async (c, svc, postingId) => {
      const r = await trackFromDigest(svc, services.digestSecret, postingId ?? "");
      c.get("log").info("digest track", { userId: svc.userId, postingId, created: r.created });
      return html(
        c,
        r.created ? "Tracked" : "Already tracked",
        h`<p><strong>${r.title}</strong> at ${r.company} is on your Vanta board.</p>`,
      );
    }),
  );

  app.get(
    "/digest/unsubscribe",
    withToken("unsubscribe", async (c) =>
      confirm(
        c,
        "Unsubscribe from digest emails?",
        h`<p>You will get no more digest emails. New postings still show up as digests inside Vanta.</p>`,
        "Unsubscribe",
      ),
    ),
  );
  app.post(
    "/digest/unsubscribe",
    withToken("unsubscribe", async (c, svc) => {
      await unsubscribeDigestEmail(svc);
      c.get("log").info("digest email unsubscribed", { userId: svc.userId });
      return html(
        c,
        "Unsubscribed",
        h`<p>You will get no more digest emails. New postings still show up as digests inside Vanta.</p>`,
      );
    }),
  );

  app.get(
    "/digest/snooze",
    withToken("snooze", async (c) => {
      const days = snoozeDays(c);
      if (days === null) return invalid(c, `Snooze for 1 to ${MAX_SNOOZE_DAYS} days.`);
      return confirm(
        c,
        "Snooze the digest?",
        h`<p>No digest for ${days} day${days === 1 ? "" : "s"}.</p>`,
        `Snooze for ${days} day${days === 1 ? "" : "s"}`,
      );
    }),
  );
  app.post(
    "/digest/snooze",
    withToken("snooze", async (c, svc) => {
      const days = snoozeDays(c);
      if (days === null) return invalid(c, `Snooze for 1 to ${MAX_SNOOZE_DAYS} days.`);
      const until = await snoozeDigest(svc, days, services.now());
      c.get("log").info("digest snoozed", { userId: svc.userId, until: until.toISOString() });
      return html(
        c,
        "Digest snoozed",
        h`<p>No digest until ${until.toISOString().slice(0, 10)} (${days} day${days === 1 ? "" : "s"}).</p>`,
      );
    }),
  );
}
