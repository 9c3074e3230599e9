import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

// The few server-rendered pages (sign-in, pairing, digest confirmations, the dev outbox) are hono/html
// templates: every interpolated value is escaped unless it is itself a template (or raw() on purpose).

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A complete page around `body` (a template). */
export function page(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
code{font-size:1.25rem;background:#f2f2f2;padding:.4rem .6rem;border-radius:.3rem;word-break:break-all;display:inline-block}
button{font:inherit;padding:.5rem 1rem;border-radius:.3rem;border:1px solid #444;background:#111;color:#fff;cursor:pointer}
.muted{color:#555}</style></head>
<body>${body}</body></html>`;
}

/** Pages that show secrets: never cached, never leaked through Referer, no scripts at all. */
export const SECRET_PAGE_HEADERS: Record<string, string> = {
  "Cache-Control": "no-store",
  "Referrer-Policy": "no-referrer",
  "Content-Security-Policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
};
