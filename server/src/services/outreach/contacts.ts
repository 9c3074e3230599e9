import { findApplication } from "@vanta/db/queries/applications";
import { insertContact, listContacts, softDeleteContact } from "@vanta/db/queries/outreach";
import type { Contact, ContactAddInput } from "@vanta/shared/api/outreach";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { toContact } from "./to-dto.ts";

export async function addContact(ctx: ServiceCtx, input: ContactAddInput): Promise<Contact> {
  const app = await findApplication(ctx.db, ctx.userId, input.applicationId);
  if (!app) throw new NotFoundError("application");
  const row = await insertContact(ctx.db, {
    userId: ctx.userId,
    applicationId: app.id,
    name: input.name,
    role: input.role ?? null,
    email: input.email ?? null,
    linkedinUrl: input.linkedinUrl ?? null,
  });
  return toContact(row);
}

export async function listApplicationContacts(ctx: ServiceCtx, applicationId: string): Promise<Contact[]> {
  if (!(await findApplication(ctx.db, ctx.userId, applicationId))) throw new NotFoundError("application");
  return (await listContacts(ctx.db, ctx.userId, applicationId)).map(toContact);
}

export async function removeContact(ctx: ServiceCtx, id: string): Promise<{ removed: true }> {
  if (!(await softDeleteContact(ctx.db, ctx.userId, id, nowOf(ctx)))) throw new NotFoundError("contact");
  return { removed: true };
}
