import { findApplication, listAttachments, listEvents, listNotes } from "@vanta/db/queries/applications";
import { findPostingById } from "@vanta/db/queries/captures";
import type { ApplicationDetail } from "@vanta/shared/api/applications";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { toAttachment, toCard, toEvent, toNote } from "./card.ts";

/** The opened card: timeline, notes, attachments and a summary of its posting. */
export async function getApplication(ctx: ServiceCtx, id: string): Promise<ApplicationDetail> {
  const { db, userId } = ctx;
  const app = await findApplication(db, userId, id);
  if (!app) throw new NotFoundError("application");
  const [events, notes, attachments, posting] = await Promise.all([
    listEvents(db, userId, id),
    listNotes(db, userId, id),
    listAttachments(db, userId, id),
    app.postingId ? findPostingById(db, app.postingId) : Promise.resolve(null),
  ]);
  return {
    card: toCard(app),
    events: events.map(toEvent),
    notes: notes.map(toNote),
    attachments: attachments.map(toAttachment),
    posting: posting
      ? {
          id: posting.id,
          title: posting.title,
          company: posting.company,
          locations: posting.locations,
          remote: posting.remote,
          url: posting.url,
          source: posting.source,
          postedAt: posting.postedAt,
          closed: posting.closed,
        }
      : null,
  };
}
