import { findApplication, insertAttachment, insertEvent } from "@vanta/db/queries/applications";
import type { AddAttachmentInput, Attachment } from "@vanta/shared/api/applications";
import type { ServiceCtx } from "../context.ts";
import { NotFoundError } from "../domain-errors.ts";
import { sha256Hex } from "../sha256.ts";
import { decodeUpload } from "../upload.ts";
import { toAttachment } from "./card.ts";

/** Stores the file content-addressed (user/sha256) and records it on the card. */
export async function addAttachment(ctx: ServiceCtx, input: AddAttachmentInput): Promise<Attachment> {
  const { db, userId } = ctx;
  const app = await findApplication(db, userId, input.applicationId);
  if (!app) throw new NotFoundError("application");
  const bytes = decodeUpload(input.contentBase64);
  const sha256 = await sha256Hex(bytes);
  const storageKey = `attachments/${userId}/${sha256}`;
  await ctx.files.put(storageKey, bytes);
  return db.transaction(async (tx) => {
    const row = await insertAttachment(tx, {
      userId,
      applicationId: app.id,
      filename: input.filename,
      mimeType: input.mimeType,
      sizeBytes: bytes.byteLength,
      sha256,
      storageKey,
    });
    await insertEvent(tx, {
      userId,
      applicationId: app.id,
      type: "attachment_added",
      detail: { attachmentId: row.id, filename: row.filename },
    });
    return toAttachment(row);
  });
}
