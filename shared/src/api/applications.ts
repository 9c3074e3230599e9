import { z } from "zod";
import { HttpUrl } from "../http-url.ts";
import { Posting } from "../posting.ts";
import { Outcome, Stage } from "../stages.ts";
import { Base64File, IsoDateTime, SearchText, Uuid } from "./common.ts";

// applications.*: one-click track, the popup Kanban and the card detail.

export const TrackStage = z.enum(["prospect", "applied"]);
export type TrackStage = z.infer<typeof TrackStage>;

export const TrackInput = z.object({
  posting: Posting,
  /** uuid minted by the extension's offline queue: replays of the same track never create twice */
  clientRequestId: Uuid,
  /** defaults to the user's preference (profile trackStage), else "prospect" */
  stage: TrackStage.optional(),
});
export type TrackInput = z.infer<typeof TrackInput>;

export const ApplicationCard = z.object({
  id: Uuid,
  postingId: Uuid.nullable(),
  company: z.string(),
  role: z.string(),
  url: z.string().nullable(),
  stage: Stage,
  outcome: Outcome.nullable(),
  position: z.number().int(),
  appliedAt: IsoDateTime.nullable(),
  stageChangedAt: IsoDateTime,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ApplicationCard = z.infer<typeof ApplicationCard>;

export const TrackOutput = z.object({ application: ApplicationCard, created: z.boolean() });
export type TrackOutput = z.infer<typeof TrackOutput>;

export const StatusForUrlInput = z.object({ url: HttpUrl });
export const ApplicationStatus = z.object({
  applicationId: Uuid,
  stage: Stage,
  outcome: Outcome.nullable(),
  stageChangedAt: IsoDateTime,
  createdAt: IsoDateTime,
});
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const ListInput = z.object({ search: SearchText.optional() }).default({});
export type ListInput = z.infer<typeof ListInput>;

export const StageCounts = z.record(Stage, z.number().int());
export type StageCounts = z.infer<typeof StageCounts>;

/** Cards ordered by column (stage order) then position; `counts` are per column for the same search. */
export const ListOutput = z.object({ cards: z.array(ApplicationCard), counts: StageCounts });
export type ListOutput = z.infer<typeof ListOutput>;

export const MoveInput = z
  .object({
    id: Uuid,
    stage: Stage,
    outcome: Outcome.optional(),
    /** 0-based index inside the target column; omitted → top of the column */
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.stage === "outcome" && !v.outcome)
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "outcome is required when stage is outcome" });
    if (v.stage !== "outcome" && v.outcome)
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "outcome is only allowed when stage is outcome" });
  });
export type MoveInput = z.infer<typeof MoveInput>;

export const IdInput = z.object({ id: Uuid });

export const ApplicationEvent = z.object({
  id: Uuid,
  type: z.string(),
  fromStage: Stage.nullable(),
  toStage: Stage.nullable(),
  detail: z.record(z.string(), z.unknown()),
  occurredAt: IsoDateTime,
});
export type ApplicationEvent = z.infer<typeof ApplicationEvent>;

export const Note = z.object({
  id: Uuid,
  applicationId: Uuid,
  body: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Note = z.infer<typeof Note>;

export const Attachment = z.object({
  id: Uuid,
  applicationId: Uuid,
  filename: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdAt: IsoDateTime,
});
export type Attachment = z.infer<typeof Attachment>;

export const PostingSummary = z.object({
  id: Uuid,
  title: z.string(),
  company: z.string(),
  locations: z.array(z.string()),
  remote: z.string(),
  url: z.string(),
  source: z.string(),
  postedAt: z.string().nullable(),
  closed: z.boolean(),
});
export type PostingSummary = z.infer<typeof PostingSummary>;

export const ApplicationDetail = z.object({
  card: ApplicationCard,
  events: z.array(ApplicationEvent),
  notes: z.array(Note),
  attachments: z.array(Attachment),
  posting: PostingSummary.nullable(),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;

const NoteBody = z.string().trim().min(1, "note is empty").max(20_000);
export const AddNoteInput = z.object({ applicationId: Uuid, body: NoteBody });
export const UpdateNoteInput = z.object({ noteId: Uuid, body: NoteBody });
export const DeleteNoteInput = z.object({ noteId: Uuid });

export const AddAttachmentInput = Base64File.extend({ applicationId: Uuid });
export type AddAttachmentInput = z.infer<typeof AddAttachmentInput>;

export const AuditListInput = z
  .object({ entityId: Uuid.optional(), limit: z.number().int().min(1).max(200).default(50) })
  .default({ limit: 50 });
export const AuditEntry = z.object({
  id: Uuid,
  action: z.string(),
  entityType: z.string(),
  entityId: Uuid.nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** One field as Autofill sent it: the question, what went in, where it came from. */
export const SubmittedAnswer = z.object({
  label: z.string().max(2_000),
  value: z.union([z.string().max(10_000), z.array(z.string().max(2_000)).max(100)]).nullable(),
  source: z.string().max(200).nullable(),
});

/** What was sent with an application, frozen on its timeline when the ATS confirms the submission. */
export const SubmissionPacket = z.object({
  ats: z.string().trim().min(1).max(50),
  url: HttpUrl,
  /** the resume version uploaded (null when the user attached a file themselves) */
  resumeVersionId: Uuid.nullable(),
  resumeFilename: z.string().trim().max(255).nullable(),
  answers: z.array(SubmittedAnswer).max(500),
  submittedAt: z.string().datetime({ offset: true }),
});
export type SubmissionPacket = z.infer<typeof SubmissionPacket>;

export const RecordSubmissionInput = z.object({
  posting: Posting,
  /** minted once per submission by the extension: a replay never records twice */
  clientRequestId: Uuid,
  packet: SubmissionPacket,
});
export type RecordSubmissionInput = z.infer<typeof RecordSubmissionInput>;
export const RecordSubmissionOutput = z.object({ application: ApplicationCard, created: z.boolean() });
export type RecordSubmissionOutput = z.infer<typeof RecordSubmissionOutput>;
