import { insertEvent } from "@vanta/db/queries/applications";
import { insertNotification } from "@vanta/db/queries/digest";
import { insertUserEvent } from "@vanta/db/queries/events";
import { claimApprovedForSend, findOutreach, updateOutreach } from "@vanta/db/queries/outreach";
import { findUserById } from "@vanta/db/queries/users";
import type { OutreachMessage, OutreachSendInput } from "@vanta/shared/api/outreach";
import { html } from "hono/html";
import type { EmailPort } from "../../ports/email/types.ts";
import { nowOf, type ServiceCtx } from "../context.ts";
import { ForbiddenError, InvalidInputError, NotFoundError, UnavailableError } from "../domain-errors.ts";
import { toMessage } from "./to-dto.ts";

/**
 * The approval gate lives here, on the server: only a message its owner approved is ever sent, once.
 * Email goes through the email port from Vanta's address with the user's as Reply-To; "linkedin" records
 * that the user copied it to LinkedIn. Either way: `outreach_sent`, a timeline event and a notification.
 */
export async function sendOutreach(
  ctx: ServiceCtx,
  email: EmailPort,
  input: OutreachSendInput,
): Promise<{ message: OutreachMessage; text: string }> {
  const existing = await findOutreach(ctx.db, ctx.userId, input.id);
  if (!existing) throw new NotFoundError("outreach message");
  if (existing.status !== "approved" || existing.sentAt)
    throw new ForbiddenError(
      existing.status === "sent" ? "this message was already sent" : "approve the message before sending it",
    );
  if (input.channel === "email" && !existing.recipientEmail)
    throw new InvalidInputError("the contact has no email address; copy it for LinkedIn instead", "channel");
  const now = nowOf(ctx);
  const claimed = await claimApprovedForSend(ctx.db, ctx.userId, input.id, now);
  if (!claimed) throw new ForbiddenError("this message is not approved or was already sent");

  let messageId: string | null = null;
  if (input.channel === "email") {
    const user = await findUserById(ctx.db, ctx.userId);
    try {
      const sent = await email.send({
        to: claimed.recipientEmail as string,
        subject: claimed.subject ?? "Hello",
        text: claimed.body,
        html: String(await html`<div style="white-space:pre-wrap;font-family:sans-serif">${claimed.body}</div>`),
        ...(user?.email ? { replyTo: user.email } : {}),
        tags: [{ name: "kind", value: "outreach" }],
      });
      messageId = sent.id;
    } catch (err) {
      // Not sent: release the claim so the user can retry; the approval stays.
      await updateOutreach(ctx.db, ctx.userId, claimed.id, ["approved"], { sentAt: null });
      ctx.log.error("outreach email failed", { outreach_id: claimed.id, err });
      throw new UnavailableError(
        `the email was not sent (${err instanceof Error ? err.message : "unknown error"}); try again`,
      );
    }
  }
  const row = await ctx.db.transaction(async (tx) => {
    const done = await updateOutreach(tx, ctx.userId, claimed.id, ["approved"], {
      status: "sent",
      channel: input.channel,
      messageId,
    });
    if (!done) throw new Error("claimed outreach message vanished");
    await insertUserEvent(tx, {
      userId: ctx.userId,
      type: "outreach_sent",
      entityId: done.id,
      props: { channel: input.channel, applicationId: done.applicationId },
      occurredAt: now,
    });
    if (done.applicationId)
      await insertEvent(tx, {
        userId: ctx.userId,
        applicationId: done.applicationId,
        type: "email",
        detail: { outreachId: done.id, channel: input.channel, to: done.recipientName, subject: done.subject },
      });
    await insertNotification(tx, {
      userId: ctx.userId,
      kind: "outreach",
      title: `Message to ${done.recipientName ?? "your contact"} ${input.channel === "email" ? "sent" : "marked as sent on LinkedIn"}`,
      body: done.subject,
      data: { outreachId: done.id, applicationId: done.applicationId },
    });
    return done;
  });
  return { message: toMessage(row), text: row.body };
}
