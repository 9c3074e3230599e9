import {
  findApplication,
  insertEvent,
  insertNote,
  softDeleteNote,
  updateNote as updateNoteRow,
} from "@vanta/db/queries/applications";
import type { Note } from "@vanta/shared/api/applications";
import { nowOf, type ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { toNote } from "./card.ts";

export async function addNote(ctx: ServiceCtx, applicationId: string, body: string): Promise<Note> {
  const { userId } = ctx;
  return ctx.db.transaction(async (tx) => {
    const app = await findApplication(tx, userId, applicationId);
    if (!app) throw new NotFoundError("application");
    const note = await insertNote(tx, { userId, applicationId, body });
    await insertEvent(tx, { userId, applicationId, type: "note_added", detail: { noteId: note.id } });
    return toNote(note);
  });
}

export async function updateNote(ctx: ServiceCtx, noteId: string, body: string): Promise<Note> {
  const row = await updateNoteRow(ctx.db, ctx.userId, noteId, body);
  if (!row) throw new NotFoundError("note");
  return toNote(row);
}

/** Soft delete: the note disappears from the card but the row stays for export/audit. */
export async function deleteNote(ctx: ServiceCtx, noteId: string): Promise<{ id: string; deleted: true }> {
  const row = await softDeleteNote(ctx.db, ctx.userId, noteId, nowOf(ctx));
  if (!row) throw new NotFoundError("note");
  return { id: row.id, deleted: true };
}
