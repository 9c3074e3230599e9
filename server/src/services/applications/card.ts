import type { ApplicationRow, AttachmentRow, EventRow, NoteRow } from "@vanta/db/queries/applications";
import type { AuditRow } from "@vanta/db/queries/audit";
import type { ApplicationCard, ApplicationEvent, Attachment, AuditEntry, Note } from "@vanta/shared/api/applications";

// Rows → API shapes. Dates go out as ISO strings (the wire has no Date).

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function toCard(r: ApplicationRow): ApplicationCard {
  return {
    id: r.id,
    postingId: r.postingId,
    company: r.company,
    role: r.role,
    url: r.url,
    stage: r.stage,
    outcome: r.outcome,
    position: r.position,
    appliedAt: isoOrNull(r.appliedAt),
    stageChangedAt: iso(r.stageChangedAt),
    createdAt: iso(r.createdAt),
    updatedAt: iso(r.updatedAt),
  };
}

/** What the audit log keeps of a card: the fields a move changes. */
export const cardSnapshot = (r: ApplicationRow) => ({ stage: r.stage, outcome: r.outcome, position: r.position });

export const toEvent = (e: EventRow): ApplicationEvent => ({
  id: e.id,
  type: e.type,
  fromStage: e.fromStage,
  toStage: e.toStage,
  detail: e.detail,
  occurredAt: iso(e.occurredAt),
});

export const toNote = (n: NoteRow): Note => ({
  id: n.id,
  applicationId: n.applicationId,
  body: n.body,
  createdAt: iso(n.createdAt),
  updatedAt: iso(n.updatedAt),
});

export const toAttachment = (a: AttachmentRow): Attachment => ({
  id: a.id,
  applicationId: a.applicationId,
  filename: a.filename,
  mimeType: a.mimeType,
  sizeBytes: a.sizeBytes,
  sha256: a.sha256,
  createdAt: iso(a.createdAt),
});

export const toAuditEntry = (a: AuditRow): AuditEntry => ({
  id: a.id,
  action: a.action,
  entityType: a.entityType,
  entityId: a.entityId,
  before: a.before ?? null,
  after: a.after ?? null,
  requestId: a.requestId,
  createdAt: iso(a.createdAt),
});
