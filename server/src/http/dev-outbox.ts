import { Hono } from "hono";
import { html } from "hono/html";
import { listOutbox, readOutboxMessage } from "../ports/email/outbox-reader.ts";
import { loopbackHostOnly } from "./host-allow.ts";
import type { Html } from "./html.ts";

// The message HTML is untrusted markup: it is shown only inside a sandboxed iframe (no scripts, no
// same-origin), and the page CSP forbids scripts anyway. Everything else is escaped text.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-src 'self'";

function page(title: string, body: Html): Html {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}
td,th{text-align:left;padding:.4rem;border-bottom:1px solid #ddd;vertical-align:top}iframe{width:100%;height:32rem;border:1px solid #ccc}
pre{white-space:pre-wrap;background:#f6f6f6;padding:1rem}</style></head><body>${body}</body></html>`;
}

/** `/dev/outbox` (list, newest first) and `/dev/outbox/:id` (one message); mounted only when the outbox is active. */
export function devOutboxRoutes(outboxDir: string): Hono {
  const app = new Hono();
  // Even on a loopback bind, PUBLIC_URL's host may be a tunnel or proxy name: answer loopback names only.
  app.use("/dev/*", loopbackHostOnly);
  app.use("/dev/outbox/*", async (c, next) => {
    await next();
    c.header("Content-Security-Policy", CSP);
    c.header("X-Content-Type-Options", "nosniff");
  });

  app.get("/dev/outbox", async (c) => {
    const messages = await listOutbox(outboxDir);
    const rows = messages.map(
      (m) =>
        html`<tr><td><a href="/dev/outbox/${encodeURIComponent(m.id)}">${m.subject || "(no subject)"}</a></td><td>${m.to}</td><td>${m.date}</td></tr>`,
    );
    const body =
      messages.length === 0
        ? html`<h1>Outbox</h1><p>No messages yet.</p>`
        : html`<h1>Outbox (${messages.length})</h1><table><thead><tr><th>Subject</th><th>To</th><th>Date</th></tr></thead><tbody>${rows}</tbody></table>`;
    c.header("Content-Security-Policy", CSP);
    return c.html(page("Outbox", body));
  });

  app.get("/dev/outbox/:id/raw", async (c) => {
    const message = await readOutboxMessage(outboxDir, c.req.param("id"));
    if (!message) return c.text("message not found", 404);
    return c.body(message.raw, 200, { "Content-Type": "message/rfc822; charset=utf-8" });
  });

  app.get("/dev/outbox/:id", async (c) => {
    const message = await readOutboxMessage(outboxDir, c.req.param("id"));
    if (!message) return c.html(page("Not found", html`<h1>Message not found</h1>`), 404);
    const headers = message.headers.map((h) => html`<tr><th>${h.name}</th><td>${h.value}</td></tr>`);
    // srcdoc gets the message HTML as an escaped attribute value: shown, sandboxed, never run.
    const body = html`<p><a href="/dev/outbox">&larr; Outbox</a> · <a href="/dev/outbox/${encodeURIComponent(message.id)}/raw">raw .eml</a></p>
<h1>${message.subject}</h1>
<h2>HTML</h2>${message.html === null ? html`<p>(no HTML part)</p>` : html`<iframe sandbox="" title="HTML part" srcdoc="${message.html}"></iframe>`}
<h2>Text</h2><pre>${message.text ?? "(no text part)"}</pre>
<h2>Headers</h2><table>${headers}</table>`;
    return c.html(page(message.subject, body));
  });
  return app;
}
