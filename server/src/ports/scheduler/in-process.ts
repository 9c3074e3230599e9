import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { type CronSpec, parseCron } from "./cron.ts";
import { nextRun } from "./next-run.ts";
import {
  type PublishInput,
  PublishInputSchema,
  parseInput,
  type ScheduleInput,
  ScheduleInputSchema,
  type SchedulerPort,
} from "./types.ts";

/** Header carrying the in-process signature, so the job endpoint verifies both schedulers the same way. */
export const IN_PROCESS_SIGNATURE_HEADER = "X-Vanta-Scheduler-Signature";

/** Calls the job handler in-process (e.g. `app.request(path, { method: "POST", body, headers })`). */
export type Deliver = (path: string, rawBody: string, headers: Record<string, string>) => Promise<unknown>;

export interface InProcessSchedulerOptions {
  deliver: Deliver;
  logger?: { info(obj: object): void; error(obj: object): void };
}

// setTimeout overflows above 2^31-1 ms (~24.8 days); longer waits are split into hops.
const MAX_TIMER_MS = 2_147_483_647;

interface Entry {
  spec: CronSpec;
  timezone: string;
  path: string;
  rawBody: string;
  timer?: ReturnType<typeof setTimeout>;
}

export function createInProcessScheduler(options: InProcessSchedulerOptions): SchedulerPort & {
  /** Next fire time of each schedule (for /health and tests). */
  nextRuns(): Record<string, string | null>;
} {
  // A per-process secret: only deliveries made by this scheduler carry a valid signature.
  const secret = randomBytes(32);
  const sign = (path: string, rawBody: string) =>
    createHmac("sha256", secret).update(`${path}\n${rawBody}`).digest("hex");
  const schedules = new Map<string, Entry & { next: Date | null }>();
  const pending = new Set<ReturnType<typeof setTimeout>>();

  const deliver = async (path: string, rawBody: string, source: string) => {
    try {
      await options.deliver(path, rawBody, {
        "Content-Type": "application/json",
        [IN_PROCESS_SIGNATURE_HEADER]: sign(path, rawBody),
      });
      options.logger?.info({ msg: "scheduler delivered", source, path });
    } catch (err) {
      options.logger?.error({ msg: "scheduler delivery failed", source, path, error: (err as Error).message });
    }
  };

  const arm = (id: string, from: Date) => {
    const entry = schedules.get(id);
    if (!entry) return;
    entry.next = nextRun(entry.spec, entry.timezone, from);
    if (!entry.next) return;
    const target = entry.next.getTime();
    const wait = (): void => {
      const remaining = target - Date.now();
      const hop = Math.min(Math.max(remaining, 0), MAX_TIMER_MS);
      entry.timer = setTimeout(() => {
        if (schedules.get(id) !== entry) return;
        if (Date.now() < target) return wait();
        void deliver(entry.path, entry.rawBody, `schedule:${id}`).then(() => {
          // Re-arm from the planned time, so a slow handler never makes us skip or repeat a run.
          if (schedules.get(id) === entry) arm(id, new Date(Math.max(target, Date.now() - 1)));
        });
      }, hop);
      entry.timer.unref?.();
    };
    wait();
  };

  return {
    kind: "in-process",
    async upsertSchedule(input: ScheduleInput) {
      const s = parseInput(ScheduleInputSchema, input);
      const old = schedules.get(s.id);
      if (old?.timer) clearTimeout(old.timer);
      const spec = parseCron(s.cron);
      schedules.set(s.id, {
        spec,
        timezone: s.timezone,
        path: s.destinationPath,
        rawBody: JSON.stringify(s.body ?? null),
        next: null,
      });
      arm(s.id, new Date());
    },
    async deleteSchedule(id: string) {
      const entry = schedules.get(id);
      if (entry?.timer) clearTimeout(entry.timer);
      schedules.delete(id);
    },
    async publish(input: PublishInput) {
      const m = parseInput(PublishInputSchema, input);
      const messageId = `msg_${randomUUID()}`;
      const rawBody = JSON.stringify(m.body ?? null);
      const timer = setTimeout(
        () => {
          pending.delete(timer);
          void deliver(m.destinationPath, rawBody, messageId);
        },
        (m.delaySeconds ?? 0) * 1000,
      );
      timer.unref?.();
      pending.add(timer);
      return { messageId };
    },
    async verifyRequest(req: Request, rawBody: string) {
      const given = req.headers.get(IN_PROCESS_SIGNATURE_HEADER) ?? "";
      const expected = sign(new URL(req.url, "http://localhost").pathname, rawBody);
      return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    },
    stop() {
      for (const entry of schedules.values()) if (entry.timer) clearTimeout(entry.timer);
      for (const timer of pending) clearTimeout(timer);
      schedules.clear();
      pending.clear();
    },
    nextRuns() {
      return Object.fromEntries([...schedules].map(([id, e]) => [id, e.next?.toISOString() ?? null]));
    },
  };
}
