import { z } from "zod";
import { CronError, parseCron } from "./cron.ts";
import { assertTimeZone } from "./time-zone.ts";

const path = z.string().regex(/^\/[A-Za-z0-9/_.~%-]*$/, "must be an absolute path like /jobs/daily-run");

export const ScheduleInputSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, "letters, digits, _ . - only"),
  cron: z.string().superRefine((value, ctx) => {
    try {
      parseCron(value);
    } catch (err) {
      if (!(err instanceof CronError)) throw err;
      ctx.addIssue({ code: "custom", message: err.message });
    }
  }),
  timezone: z.string().superRefine((value, ctx) => {
    try {
      assertTimeZone(value);
    } catch {
      ctx.addIssue({ code: "custom", message: `unknown time zone "${value}"` });
    }
  }),
  destinationPath: path,
  body: z.unknown(),
});
export type ScheduleInput = z.input<typeof ScheduleInputSchema>;

export const PublishInputSchema = z.object({
  destinationPath: path,
  body: z.unknown(),
  delaySeconds: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 3600)
    .optional(),
});
export type PublishInput = z.input<typeof PublishInputSchema>;

export interface SchedulerPort {
  readonly kind: "in-process" | "qstash";
  /** Creates or replaces the schedule with this id. */
  upsertSchedule(schedule: ScheduleInput): Promise<void>;
  /** Removes a schedule; removing an unknown id is not an error. */
  deleteSchedule(id: string): Promise<void>;
  /** One delivery of `body` (JSON) to the job endpoint at `destinationPath`, optionally delayed. */
  publish(message: PublishInput): Promise<{ messageId: string }>;
  /** Receiving side: whether a request to a job endpoint really comes from this scheduler. Needs the raw body. */
  verifyRequest(req: Request, rawBody: string): Promise<boolean>;
  /**
   * Stops timers and waits (bounded) for deliveries in flight (in-process), so the database closes
   * after them; a no-op for cloud schedulers.
   */
  stop(): void | Promise<void>;
}

/**
 * Where a delivery that failed for good is reported: QStash's failure callback in the cloud, the
 * in-process scheduler after its retries. Signed like every job delivery.
 */
export const DEAD_LETTER_PATH = "/jobs/dead-letter";

/**
 * The failure callback's body, as QStash sends it (sourceBody and body base64); the in-process
 * scheduler sends the same shape. Fields QStash adds beyond these are ignored.
 */
export const DeadLetterCallbackSchema = z.object({
  status: z.number().int().optional(),
  /** the job endpoint's last answer, base64 */
  body: z.string().max(1_000_000).optional(),
  retried: z.number().int().min(0).optional(),
  maxRetries: z.number().int().min(0).optional(),
  sourceMessageId: z.string().max(200).optional(),
  /** the destination URL of the failed delivery */
  url: z.string().max(2000),
  /** the failed delivery's body, base64 */
  sourceBody: z.string().max(1_000_000).optional(),
  /** not QStash's: why the in-process scheduler gave up (e.g. a network error) */
  reason: z.string().max(2000).optional(),
});
export type DeadLetterCallback = z.infer<typeof DeadLetterCallbackSchema>;

export class SchedulerError extends Error {
  override readonly name = "SchedulerError";
  constructor(
    readonly code: "invalid_input" | "provider_error",
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
    throw new SchedulerError("invalid_input", detail);
  }
  return parsed.data;
}
