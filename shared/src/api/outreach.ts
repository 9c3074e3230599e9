import { z } from "zod";
import { IsoDateTime, Uuid } from "./common.ts";

// contacts.* and outreach.*: people at the company, and messages to them that stay drafts until their
// owner approves them (the server refuses to send anything else).

const httpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2_000)
  .refine((u) => /^https:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(u), "a linkedin.com profile URL");

export const ContactAddInput = z.object({
  applicationId: Uuid,
  name: z.string().trim().min(1).max(200),
  role: z.string().trim().max(200).optional(),
  email: z.email().max(320).optional(),
  linkedinUrl: httpUrl.optional(),
});
export type ContactAddInput = z.infer<typeof ContactAddInput>;

export const Contact = z.object({
  id: Uuid,
  applicationId: Uuid,
  name: z.string(),
  role: z.string().nullable(),
  email: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type Contact = z.infer<typeof Contact>;

export const ApplicationIdInput = z.object({ applicationId: Uuid });
export const ContactIdInput = z.object({ id: Uuid });

export const OutreachTone = z.enum(["warm", "formal", "brief"]);
export type OutreachTone = z.infer<typeof OutreachTone>;

export const OutreachDraftInput = z.object({ contactId: Uuid, tone: OutreachTone.default("warm") });
export type OutreachDraftInput = z.infer<typeof OutreachDraftInput>;

export const OutreachMessage = z.object({
  id: Uuid,
  applicationId: Uuid.nullable(),
  contactId: Uuid.nullable(),
  channel: z.enum(["email", "linkedin", "other"]),
  status: z.enum(["draft", "approved", "sent", "replied"]),
  tone: z.string().nullable(),
  recipientName: z.string().nullable(),
  recipientEmail: z.string().nullable(),
  subject: z.string().nullable(),
  body: z.string(),
  approvedAt: IsoDateTime.nullable(),
  sentAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
});
export type OutreachMessage = z.infer<typeof OutreachMessage>;

/** An edit goes back to draft: what the owner approved is exactly what is sent. */
export const OutreachUpdateInput = z.object({
  id: Uuid,
  subject: z.string().trim().min(1).max(300).optional(),
  body: z.string().trim().min(1).max(10_000),
});
export const OutreachIdInput = z.object({ id: Uuid });

export const OutreachSendInput = z.object({
  id: Uuid,
  /** email: through the email port (Reply-To: the user); linkedin: the user pastes it, we record it as sent */
  channel: z.enum(["email", "linkedin"]),
});
export type OutreachSendInput = z.infer<typeof OutreachSendInput>;
