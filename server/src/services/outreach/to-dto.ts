import type { ContactRow, OutreachRow } from "@vanta/db/queries/outreach";
import type { Contact, OutreachMessage } from "@vanta/shared/api/outreach";

export const toContact = (r: ContactRow): Contact => ({
  id: r.id,
  applicationId: r.applicationId,
  name: r.name,
  role: r.role,
  email: r.email,
  linkedinUrl: r.linkedinUrl,
  createdAt: r.createdAt.toISOString(),
});

export const toMessage = (r: OutreachRow): OutreachMessage => ({
  id: r.id,
  applicationId: r.applicationId,
  contactId: r.contactId,
  channel: r.channel,
  status: r.status,
  tone: r.tone,
  recipientName: r.recipientName,
  recipientEmail: r.recipientEmail,
  subject: r.subject,
  body: r.body,
  approvedAt: r.approvedAt?.toISOString() ?? null,
  sentAt: r.sentAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});
