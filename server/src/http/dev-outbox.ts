import { Hono } from "hono";
import { listOutbox, readOutboxMessage } from "../ports/email/outbox-reader.ts";
import { loopbackHostOnly } from "./host-allow.ts";

// The message HTML is untrusted markup: it is shown only inside a sandboxed iframe (no scripts, no
// same-origin), and the page CSP forbids scripts anyway. Everything else is escaped text.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-src 'self'";

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
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
    const rows = messages
      .map(
        (m) =>
          `<tr><td><a href="/dev/outbox/${encodeURIComponent(m.id)}">${escapeHtml(m.subject || "(no subject)")}</a></td>` +
          `<td>${escapeHtml(m.to)}</td><td>${escapeHtml(m.date)}</td></tr>`,
      )
      .join("");
    const body =
      messages.length === 0
        ? "<h1>Outbox</h1><p>No messages yet.</p>"
        : `<h1>Outbox (${messages.length})</h1><table><thead><tr><th>Subject</th><th>To</th><th>Date</th></tr></thead><tbody>${rows}</tbody></table>`;
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
    if (!message) return c.html(page("Not found", "<h1>Message not found</h1>"), 404);
    const headers = message.headers
      .map((h) => `<tr><th>${escapeHtml(h.name)}</th><td>${escapeHtml(h.value)}</td></tr>`)
      .join("");
    const body = `<p><a href="/dev/outbox">&larr; Outbox</a> · <a href="/dev/outbox/${encodeURIComponent(message.id)}/raw">raw .eml</a></p>
<h1>${escapeHtml(message.subject)}</h1>
<h2>HTML</h2>${message.html === null ? "<p>(no HTML part)</p>" : `<iframe sandbox="" title="HTML part" srcdoc="${escapeHtml(message.html)}"></iframe>`}
<h2>Text</h2><pre>${escapeHtml(message.text ?? "(no text part)")}</pre>
<h2>Headers</h2><table>${headers}</table>`;
    return c.html(page(message.subject, body));
  });
  return app;
}
