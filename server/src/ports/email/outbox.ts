import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildMimeMessage } from "./mime-build.ts";
import { EmailError, type EmailMessage, type EmailPort, parseEmailMessage } from "./types.ts";

export interface OutboxOptions {
  /** Folder that receives one `<id>.eml` per message, usually `$VANTA_HOME/outbox`. */
  dir: string;
  from: string;
  now?: () => Date;
}

/** Ids sort by time, so a plain filename sort lists the outbox newest first. */
export const OUTBOX_ID = /^\d{8}T\d{9}Z-[0-9a-f]{8}$/;

export function createOutboxEmail(options: OutboxOptions): EmailPort {
  const now = options.now ?? (() => new Date());
  return {
    kind: "outbox",
    async send(msg: EmailMessage) {
      const m = parseEmailMessage(msg);
      const date = now();
      const id = `${date.toISOString().replace(/[-:.]/g, "")}-${randomBytes(4).toString("hex")}`;
      const domain = /@([^>\s]+)>?\s*$/.exec(options.from)?.[1] ?? "vanta.local";
      let raw: string;
      try {
        raw = buildMimeMessage({
          from: options.from,
          to: Array.isArray(m.to) ? m.to : [m.to],
          subject: m.subject,
          html: m.html,
          text: m.text,
          date,
          messageId: `<${id}@${domain}>`,
          headers: m.replyTo ? { ...m.headers, "Reply-To": m.replyTo } : m.headers,
          tags: m.tags,
        });
      } catch (err) {
        throw new EmailError("invalid_message", err instanceof Error ? err.message : String(err));
      }
      try {
        // Mails hold sign-in links: readable by this user only.
        await mkdir(options.dir, { recursive: true, mode: 0o700 });
        // Write then rename so the outbox page never reads a half-written file.
        const tmp = join(options.dir, `.${id}.tmp`);
        await writeFile(tmp, raw, { encoding: "utf8", mode: 0o600 });
        await rename(tmp, join(options.dir, `${id}.eml`));
      } catch (err) {
        throw new EmailError("write_failed", `could not write to outbox ${options.dir}: ${(err as Error).message}`);
      }
      return { id };
    },
  };
}
