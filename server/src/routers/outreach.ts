import {
  ApplicationIdInput,
  ContactAddInput,
  ContactIdInput,
  OutreachDraftInput,
  OutreachIdInput,
  OutreachSendInput,
  OutreachUpdateInput,
} from "@vanta/shared/api/outreach";
import { addContact, listApplicationContacts, removeContact } from "../services/outreach/contacts.ts";
import { draftOutreach } from "../services/outreach/draft.ts";
import { approveOutreach, editOutreach, listApplicationOutreach } from "../services/outreach/review.ts";
import { sendOutreach } from "../services/outreach/send.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const contactsRouter = router({
  add: domainProcedure.input(ContactAddInput).mutation(({ ctx, input }) => addContact(ctx.svc, input)),
  list: domainProcedure
    .input(ApplicationIdInput)
    .query(({ ctx, input }) => listApplicationContacts(ctx.svc, input.applicationId)),
  remove: domainProcedure.input(ContactIdInput).mutation(({ ctx, input }) => removeContact(ctx.svc, input.id)),
});

export const outreachRouter = router({
  draft: domainProcedure
    .input(OutreachDraftInput)
    .mutation(({ ctx, input }) => draftOutreach(ctx.svc, ctx.services.model, input)),
  list: domainProcedure
    .input(ApplicationIdInput)
    .query(({ ctx, input }) => listApplicationOutreach(ctx.svc, input.applicationId)),
  update: domainProcedure.input(OutreachUpdateInput).mutation(({ ctx, input }) => editOutreach(ctx.svc, input)),
  approve: domainProcedure.input(OutreachIdInput).mutation(({ ctx, input }) => approveOutreach(ctx.svc, input.id)),
  /** FORBIDDEN unless its owner approved it; sent once */
  send: domainProcedure
    .input(OutreachSendInput)
    .mutation(({ ctx, input }) => sendOutreach(ctx.svc, ctx.services.email, input)),
});
