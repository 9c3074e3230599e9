import type { Database } from "@vanta/db";
import type { Logger } from "../log.ts";
import type { FileStore } from "../ports/files/types.ts";
import type { SchedulerPort } from "../ports/scheduler/types.ts";
import type { Keyring } from "./crypto/envelope.ts";

/** What a domain service needs: the database, whose data it is, and the request for the audit trail. */
export interface ServiceCtx {
  db: Database;
  userId: string;
  requestId: string;
  log: Logger;
  files: FileStore;
  /** keeps the user's daily search schedule in step with their searches (absent in service-level tests) */
  scheduler?: SchedulerPort;
  /** master keys for encryption at rest (absent where no service seals anything) */
  keys?: Keyring;
  /** clock; tests may pin it */
  now?: () => Date;
}

export const nowOf = (ctx: Pick<ServiceCtx, "now">): Date => (ctx.now ? ctx.now() : new Date());
