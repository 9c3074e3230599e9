import { Client, Receiver } from "@upstash/qstash";
import {
  DEAD_LETTER_PATH,
  type PublishInput,
  PublishInputSchema,
  parseInput,
  type ScheduleInput,
  ScheduleInputSchema,
  SchedulerError,
  type SchedulerPort,
} from "./types.ts";

export interface QStashOptions {
  token: string;
  currentSigningKey: string;
  nextSigningKey: string;
  /** PUBLIC_URL: where QStash reaches this server; destinations are PUBLIC_URL + path. */
  publicUrl: string;
  /** QSTASH_URL; tests point it at a local stand-in. */
  baseUrl?: string;
  /** SDK retries on network errors (5 by default); tests turn them off. */
  retry?: false;
}

export function createQStashScheduler(options: QStashOptions): SchedulerPort {
  const publicUrl = options.publicUrl.replace(/\/$/, "");
  const client = new Client({
    token: options.token,
    devMode: false, // never start or look for the SDK's downloaded dev server
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.retry === false ? { retry: false } : {}),
  });
  // devMode false: never let a QSTASH_DEV env var swap in the public dev keys.
  const receiver = new Receiver({
    currentSigningKey: options.currentSigningKey,
    nextSigningKey: options.nextSigningKey,
    devMode: false,
  });

  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      const status = (err as { status?: number }).status;
      throw new SchedulerError("provider_error", `qstash ${what}: ${(err as Error).message}`, status);
    }
  };

  return {
    kind: "qstash",
    async upsertSchedule(input: ScheduleInput) {
      const s = parseInput(ScheduleInputSchema, input);
      // QStash treats create with an existing scheduleId as an update, which is exactly upsert.
      await call("schedules.create", () =>
        client.schedules.create({
          scheduleId: s.id,
          destination: publicUrl + s.destinationPath,
          cron: `CRON_TZ=${s.timezone} ${s.cron}`,
          body: JSON.stringify(s.body ?? null),
          headers: { "Content-Type": "application/json" },
          // after QStash's own retries, the failed delivery is reported to our signed endpoint
          failureCallback: publicUrl + DEAD_LETTER_PATH,
        }),
      );
    },
    async deleteSchedule(id: string) {
      try {
        await client.schedules.delete(id);
      } catch (err) {
        if ((err as { status?: number }).status === 404) return;
        throw new SchedulerError("provider_error", `qstash schedules.delete: ${(err as Error).message}`);
      }
    },
    async publish(input: PublishInput) {
      const m = parseInput(PublishInputSchema, input);
      const res = await call("publishJSON", () =>
        client.publishJSON({
          url: publicUrl + m.destinationPath,
          body: m.body ?? null,
          failureCallback: publicUrl + DEAD_LETTER_PATH,
          ...(m.delaySeconds ? { delay: m.delaySeconds } : {}),
        }),
      );
      return { messageId: res.messageId };
    },
    async verifyRequest(req: Request, rawBody: string) {
      const signature = req.headers.get("upstash-signature");
      if (!signature) return false;
      const url = new URL(req.url);
      try {
        // Awaited on purpose: an un-awaited verify() is a promise, which is truthy and never rejects here.
        return await receiver.verify({ signature, body: rawBody, url: publicUrl + url.pathname + url.search });
      } catch {
        return false;
      }
    },
    stop() {},
  };
}
