import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { headerValue, type ParsedHeader, parseMimeMessage } from "./mime-parse.ts";
import { OUTBOX_ID } from "./outbox.ts";

export interface OutboxSummary {
  id: string;
  from: string;
  to: string;
  subject: string;
  date: string;
}

export interface OutboxMessage extends OutboxSummary {
  headers: ParsedHeader[];
  text: string | null;
  html: string | null;
  raw: string;
}

/** Every message in the outbox, newest first. A missing folder is an empty outbox. */
export async function listOutbox(dir: string): Promise<OutboxSummary[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const ids = names
    .filter((n) => n.endsWith(".eml"))
    .map((n) => n.slice(0, -4))
    .filter((id) => OUTBOX_ID.test(id))
    .sort()
    .reverse();
  const messages = await Promise.all(ids.map((id) => readOutboxMessage(dir, id)));
  return messages
    .filter((m): m is OutboxMessage => m !== null)
    .map(({ id, from, to, subject, date }) => ({
      id,
      from,
      to,
      subject,
      date,
    }));
}

/** One message parsed back, or null when the id is unknown (or not an outbox id at all: no path tricks). */
export async function readOutboxMessage(dir: string, id: string): Promise<OutboxMessage | null> {
  if (!OUTBOX_ID.test(id)) return null;
  let raw: string;
  try {
    raw = await readFile(join(dir, `${id}.eml`), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
  const parsed = parseMimeMessage(raw);
  const h = (name: string) => headerValue(parsed.headers, name) ?? "";
  return {
    id,
    from: h("From"),
    to: h("To"),
    subject: h("Subject"),
    date: h("Date"),
    headers: parsed.headers,
    text: parsed.text,
    html: parsed.html,
    raw,
  };
}
