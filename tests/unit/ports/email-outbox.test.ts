import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeHeaderText, encodeQuotedPrintable } from "../../../server/src/ports/email/mime-encode.ts";
import { decodeEncodedWords, parseMimeMessage } from "../../../server/src/ports/email/mime-parse.ts";
import { createOutboxEmail } from "../../../server/src/ports/email/outbox.ts";
import { listOutbox, readOutboxMessage } from "../../../server/src/ports/email/outbox-reader.ts";
import { EmailError, type EmailMessage } from "../../../server/src/ports/email/types.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vanta-outbox-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("outbox email port", () => {
  it("writes an RFC 5322 multipart/alternative .eml and reads it back", async () => {
    const outbox = createOutboxEmail({
      dir,
      from: "Vanta Digest <digest@vanta.example>",
      now: () => new Date("2026-11-26T07:30:05.123Z"),
    });
    const longLine = `${"Senior Platform Engineer at Acme — remote (EU) ".repeat(4)}= 100%`;
    const text = `Your top roles today:\n\n1. ${longLine}\nTrack: https://vanta.example/t?id=1&s=abc\n`;
    const html = `<p>Top roles for <b>Zoë</b></p><ul><li>${longLine}</li></ul>`;
    const { id } = await outbox.send({
      to: "zoe@example.com",
      subject: "Your daily digest: 3 new roles · Zoë",
      html,
      text,
      headers: { "List-Unsubscribe": "<https://vanta.example/u/abc>" },
      tags: [{ name: "kind", value: "digest" }],
    });
    expect(id).toMatch(/^20261126T073005123Z-[0-9a-f]{8}$/);

    const raw = await readFile(join(dir, `${id}.eml`), "utf8");
    // Wire-level checks: CRLF lines, no line over 78 chars, 7-bit clean, required headers present.
    const lines = raw.split("\r\n");
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(78);
    expect([...raw].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    for (const h of ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]) {
      expect(raw).toMatch(new RegExp(`^${h}: `, "m"));
    }
    expect(raw).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    expect(raw).toMatch(/^Date: Thu, 26 Nov 2026 07:30:05 \+0000$/m);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;\r\n boundary="=_vanta_[0-9a-f]+"\r$/m);
    expect(raw).toContain("Content-Transfer-Encoding: quoted-printable");

    const parsed = parseMimeMessage(raw);
    expect(parsed.text).toBe(text);
    expect(parsed.html).toBe(html);
    const message = await readOutboxMessage(dir, id);
    expect(message?.subject).toBe("Your daily digest: 3 new roles · Zoë");
    expect(message?.from).toBe('"Vanta Digest" <digest@vanta.example>');
    expect(message?.to).toBe("zoe@example.com");
    expect(message?.headers.find((h) => h.name === "Message-ID")?.value).toBe(`<${id}@vanta.example>`);
    expect(message?.headers.find((h) => h.name === "List-Unsubscribe")?.value).toBe("<https://vanta.example/u/abc>");
    expect(message?.headers.find((h) => h.name === "X-Vanta-Tags")?.value).toBe("kind=digest");
  });

  it("lists newest first and never leaves temp files", async () => {
    let t = Date.parse("2026-11-27T08:00:00Z");
    const outbox = createOutboxEmail({
      dir,
      from: "a@b.example",
      now: () => {
        t += 1000;
        return new Date(t);
      },
    });
    const first = await outbox.send({
      to: ["x@example.com", "y@example.com"],
      subject: "one",
      html: "<p>1</p>",
      text: "1",
    });
    const second = await outbox.send({ to: "x@example.com", subject: "two", html: "<p>2</p>", text: "2" });
    const list = await listOutbox(dir);
    expect(list.slice(0, 2).map((m) => m.id)).toEqual([second.id, first.id]);
    expect(list[1]?.to).toBe("x@example.com, y@example.com");
    expect((await readdir(dir)).filter((n) => !n.endsWith(".eml"))).toEqual([]);
  });

  it("refuses invalid messages and header injection with an EmailError", async () => {
    const outbox = createOutboxEmail({ dir, from: "a@b.example" });
    const bad: EmailMessage[] = [
      { to: "not-an-address", subject: "s", html: "", text: "" },
      { to: "x@example.com", subject: "s\r\nBcc: evil@example.com", html: "", text: "" },
      { to: "x@example.com", subject: "s", html: "", text: "", headers: { "X-A": "v\nBcc: e@example.com" } },
      { to: "x@example.com", subject: "s", html: "", text: "", headers: { From: "spoof@example.com" } },
      { to: "x@example.com", subject: "s", html: "", text: "", tags: [{ name: "has space", value: "v" }] },
    ];
    for (const msg of bad) {
      await expect(outbox.send(msg)).rejects.toBeInstanceOf(EmailError);
    }
  });

  it("unknown or path-like ids read as null; a missing outbox lists empty", async () => {
    expect(await readOutboxMessage(dir, "../../etc/passwd")).toBeNull();
    expect(await readOutboxMessage(dir, "20990101T000000000Z-deadbeef")).toBeNull();
    expect(await listOutbox(join(dir, "nope"))).toEqual([]);
  });
});

describe("MIME encoders", () => {
  it("quoted-printable escapes '=', non-ASCII and trailing spaces", () => {
    expect(encodeQuotedPrintable("a=b")).toBe("a=3Db");
    expect(encodeQuotedPrintable("café")).toBe("caf=C3=A9");
    expect(encodeQuotedPrintable("end \nnext")).toBe("end=20\r\nnext");
  });
  it("encoded-words round trip, including long multi-byte subjects", () => {
    const subject = "日本語のメールの件名はとても長くなることがあります — Ünïcødé ✓".repeat(2);
    const encoded = encodeHeaderText(subject);
    for (const line of encoded.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodeEncodedWords(encoded.replace(/\r\n/g, ""))).toBe(subject);
    expect(encodeHeaderText("plain ascii")).toBe("plain ascii");
    expect(decodeEncodedWords("=?ISO-8859-1?Q?Caf=E9_au_lait?=")).toBe("Café au lait");
  });
});
