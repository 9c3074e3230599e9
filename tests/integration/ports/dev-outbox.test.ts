import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devOutboxRoutes } from "../../../server/src/http/dev-outbox.ts";
import { createOutboxEmail } from "../../../server/src/ports/email/outbox.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vanta-devoutbox-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("/dev/outbox pages", () => {
  it("lists messages newest first and shows one with the HTML sandboxed and everything escaped", async () => {
    let t = Date.parse("2026-11-26T07:00:00Z");
    const outbox = createOutboxEmail({
      dir,
      from: "digest@vanta.example",
      now: () => {
        t += 60_000;
        return new Date(t);
      },
    });
    const older = await outbox.send({ to: "a@example.com", subject: "Older", html: "<p>old</p>", text: "old" });
    const evil = await outbox.send({
      to: "a@example.com",
      subject: "<script>alert(1)</script> & co",
      html: `<p onclick="x()">Hi</p><script>steal()</script>"quoted"`,
      text: "Text with <b>tags</b>",
    });
    const app = devOutboxRoutes(dir);

    const list = await app.request("/dev/outbox");
    expect(list.status).toBe(200);
    expect(list.headers.get("content-security-policy")).toContain("default-src 'none'");
    const listHtml = await list.text();
    expect(listHtml).not.toContain("<script>alert(1)</script>");
    const { document } = parseHTML(listHtml);
    const links = [...document.querySelectorAll("tbody a")].map((a) => [a.getAttribute("href"), a.textContent]);
    expect(links).toEqual([
      [`/dev/outbox/${evil.id}`, "<script>alert(1)</script> & co"],
      [`/dev/outbox/${older.id}`, "Older"],
    ]);

    const one = await app.request(`/dev/outbox/${evil.id}`);
    expect(one.status).toBe(200);
    expect(one.headers.get("content-security-policy")).toContain("default-src 'none'");
    const oneHtml = await one.text();
    expect(oneHtml).not.toMatch(/<script>/i);
    const page = parseHTML(oneHtml).document;
    const iframe = page.querySelector("iframe");
    expect(iframe?.getAttribute("sandbox")).toBe("");
    expect(iframe?.getAttribute("srcdoc")).toBe(`<p onclick="x()">Hi</p><script>steal()</script>"quoted"`);
    expect(page.querySelector("pre")?.textContent).toBe("Text with <b>tags</b>");
    expect(page.querySelector("h1")?.textContent).toBe("<script>alert(1)</script> & co");

    const raw = await app.request(`/dev/outbox/${evil.id}/raw`);
    expect(raw.headers.get("content-type")).toContain("message/rfc822");
    expect(await raw.text()).toContain("MIME-Version: 1.0");
  });

  it("404s unknown and path-like ids", async () => {
    const app = devOutboxRoutes(dir);
    expect((await app.request("/dev/outbox/20990101T000000000Z-00000000")).status).toBe(404);
    expect((await app.request("/dev/outbox/..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
  });
});
