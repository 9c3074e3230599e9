import type { Database } from "@vanta/db";
import {
  claimEmailRetry,
  findDigestNotification,
  insertNotification,
  markDigested,
  undigestedTopPostings,
  updateNotification,
  withDigestLock,
} from "@vanta/db/queries/digest";
import type { NotificationRow } from "@vanta/db/queries/notifications";
import { ensureProfile } from "@vanta/db/queries/profiles";
import { listOpenTasks } from "@vanta/db/queries/tasks";
import { findUserById } from "@vanta/db/queries/users";
import { DigestItem } from "@vanta/shared/api/notifications";
import { z } from "zod";
import type { Logger } from "../../log.ts";
import { EmailError, type EmailPort } from "../../ports/email/types.ts";
import { wallClock } from "../../ports/scheduler/time-zone.ts";
import { endOfLocalDay } from "../coach/local-day.ts";
import { renderDigestEmail } from "./email.tsx";
import { toDigestItem } from "./items.ts";
import { digestLink } from "./links.ts";
import { type DigestView, digestSubject, renderDigestText } from "./render.ts";

// The daily digest of one user: the top undigested postings → an in-app notification (always) and an
// email (unless unsubscribed), once per local day. The notification row is the day's claim: it is
// written, and the postings stamped digested, under a lock before the email goes out; a retried
// delivery finds it and sends nothing (unless the email failed, then only the email is retried).

export const DIGEST_SIZE = 10;

export interface DigestDeps {
  db: Database;
  email: EmailPort;
  /** PUBLIC_URL: the links point here */
  publicUrl: string;
  /** HMAC key of the links (VANTA_SECRET) */
  secret: string;
  log: Logger;
  now?: () => Date;
}

export type DigestReason = "nothing_new" | "already_sent" | "email_off" | "snoozed" | "email_failed" | "no_user";

export interface DigestSummary {
  sent: boolean;
  postings: number;
  messageId: string | null;
  reason?: DigestReason;
  localDay: string | null;
  notificationId: string | null;
}

const pad = (n: number) => String(n).padStart(2, "0");
const StoredItems = z.array(DigestItem);

function dayLabel(timeZone: string, now: Date): string {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone, weekday: "long", month: "short", day: "numeric" }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export async function sendDigest(deps: DigestDeps, input: { userId: string }): Promise<DigestSummary> {
  const { db, log } = deps;
  const { userId } = input;
  const now = deps.now ? deps.now() : new Date();
  const user = await findUserById(db, userId);
  if (!user)
    return { sent: false, postings: 0, messageId: null, reason: "no_user", localDay: null, notificationId: null };
  const profile = await ensureProfile(db, userId);
  const wall = wallClock(profile.timezone, now.getTime());
  const localDay = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
  const base = { localDay, notificationId: null, messageId: null };
  const prefs = profile.preferences;
  const snoozedUntil = prefs.digestSnoozedUntil ? Date.parse(prefs.digestSnoozedUntil) : Number.NaN;
  // Snoozed: nothing is stamped, so the postings wait for the first digest after the snooze.
  if (snoozedUntil > now.getTime()) return { ...base, sent: false, postings: 0, reason: "snoozed" };
  const emailOn = prefs.digestEmail !== false;

  const claim = await withDigestLock(db, userId, localDay, async (tx) => {
    const existing = await findDigestNotification(tx, userId, localDay);
    if (existing) return { kind: "existing" as const, row: existing };
    const candidates = await undigestedTopPostings(tx, userId, DIGEST_SIZE);
    if (candidates.length === 0) return { kind: "empty" as const };
    const items = candidates.map(toDigestItem);
    const top = items[0];
    const row = await insertNotification(tx, {
      userId,
      kind: "digest",
      title: `${items.length} new job${items.length === 1 ? "" : "s"} for you`,
      body: top ? `Top: ${top.title} at ${top.company} (${top.score})` : null,
      channel: "in_app",
      data: { localDay, postingIds: items.map((i) => i.postingId), items, email: emailOn ? "sending" : "off" },
    });
    await markDigested(
      tx,
      userId,
      items.map((i) => i.postingId),
      now,
    );
    return { kind: "new" as const, row, items };
  });

  if (claim.kind === "empty") return { ...base, sent: false, postings: 0, reason: "nothing_new" };
  let row: NotificationRow = claim.row;
  let items: DigestItem[];
  if (claim.kind === "existing") {
    const stored = StoredItems.safeParse(row.data.items);
    items = stored.success ? stored.data : [];
    const retry =
      emailOn && row.data.email === "failed" && items.length > 0 && (await claimEmailRetry(db, row.userId, row.id));
    if (!retry)
      return {
        ...base,
        sent: false,
        postings: items.length,
        messageId: row.emailMessageId,
        reason: "already_sent",
        notificationId: row.id,
      };
  } else {
    items = claim.items;
    row = claim.row;
  }
  const summary = { ...base, postings: items.length, notificationId: row.id };
  if (!emailOn) return { ...summary, sent: false, reason: "email_off" };

  const linkOpts = { publicUrl: deps.publicUrl, secret: deps.secret, now };
  const view: DigestView = {
    dayLabel: dayLabel(profile.timezone, now),
    items: await Promise.all(
      items.map(async (it) => ({ ...it, trackUrl: await digestLink(linkOpts, userId, "track", it.postingId) })),
    ),
    unsubscribeUrl: await digestLink(linkOpts, userId, "unsubscribe"),
    snoozeUrl: await digestLink(linkOpts, userId, "snooze"),
    tasks: (await listOpenTasks(db, userId, { now, dueBy: endOfLocalDay(profile.timezone, now), limit: 10 })).map(
      (t) => ({ id: t.id, title: t.title, detail: t.detail }),
    ),
  };
  const subject = digestSubject(view);
  try {
    const { id } = await deps.email.send({
      to: user.email,
      subject,
      html: await renderDigestEmail(view, subject),
      text: renderDigestText(view),
      // RFC 2369 + RFC 8058: mail clients show their own unsubscribe button and POST to it.
      headers: {
        "List-Unsubscribe": `<${view.unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      tags: [{ name: "category", value: "digest" }],
    });
    await updateNotification(db, row.userId, row.id, { channel: "email", emailMessageId: id, data: { email: "sent" } });
    log.info("digest sent", { userId, localDay, postings: items.length, messageId: id });
    return { ...summary, sent: true, messageId: id };
  } catch (err) {
    const code = err instanceof EmailError ? err.code : "error";
    await updateNotification(db, row.userId, row.id, { data: { email: "failed", emailError: code } });
    log.error("digest email failed", { userId, localDay, code, err });
    return { ...summary, sent: false, reason: "email_failed" };
  }
}
