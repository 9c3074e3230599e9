import {
  AddAttachmentInput,
  AddNoteInput,
  AuditListInput,
  DeleteNoteInput,
  IdInput,
  ListInput,
  MoveInput,
  RecordSubmissionInput,
  StatusForUrlInput,
  TrackInput,
  UpdateNoteInput,
} from "@vanta/shared/api/applications";
import { addAttachment } from "../services/applications/attachments.ts";
import { listAuditEntries } from "../services/applications/audit.ts";
import { getApplication } from "../services/applications/get.ts";
import { listBoard } from "../services/applications/list.ts";
import { moveApplication } from "../services/applications/move.ts";
import { addNote, deleteNote, updateNote } from "../services/applications/notes.ts";
import { statusForUrl } from "../services/applications/status.ts";
import { recordSubmission } from "../services/applications/submit.ts";
import { trackApplication } from "../services/applications/track.ts";
import { router } from "../trpc.ts";
import { domainProcedure } from "./domain.ts";

export const applicationsRouter = router({
  track: domainProcedure.input(TrackInput).mutation(({ ctx, input }) => trackApplication(ctx.svc, input)),
  statusForUrl: domainProcedure.input(StatusForUrlInput).query(({ ctx, input }) => statusForUrl(ctx.svc, input.url)),
  list: domainProcedure.input(ListInput).query(({ ctx, input }) => listBoard(ctx.svc, input.search)),
  move: domainProcedure.input(MoveInput).mutation(({ ctx, input }) => moveApplication(ctx.svc, input)),
  get: domainProcedure.input(IdInput).query(({ ctx, input }) => getApplication(ctx.svc, input.id)),
  addNote: domainProcedure
    .input(AddNoteInput)
    .mutation(({ ctx, input }) => addNote(ctx.svc, input.applicationId, input.body)),
  updateNote: domainProcedure
    .input(UpdateNoteInput)
    .mutation(({ ctx, input }) => updateNote(ctx.svc, input.noteId, input.body)),
  deleteNote: domainProcedure.input(DeleteNoteInput).mutation(({ ctx, input }) => deleteNote(ctx.svc, input.noteId)),
  addAttachment: domainProcedure.input(AddAttachmentInput).mutation(({ ctx, input }) => addAttachment(ctx.svc, input)),
  recordSubmission: domainProcedure
    .input(RecordSubmissionInput)
    .mutation(({ ctx, input }) => recordSubmission(ctx.svc, input)),
});

export const auditRouter = router({
  list: domainProcedure.input(AuditListInput).query(({ ctx, input }) => listAuditEntries(ctx.svc, input)),
});
