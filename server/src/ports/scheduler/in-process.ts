import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { type CronSpec, parseCron } from "./cron.ts";
import { nextRun } from "./next-run.ts";
import {
  DEAD_LETTER_PATH,
  type DeadLetterCallback,
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
  /**
   * Waits before each retry of a delivery answered 5xx or not answered at all (default 5 s, 30 s, 2 min,
   * like a cloud scheduler's backoff); after the last one the delivery becomes a dead letter.
   */
  retryDelaysMs?: number[];
  /** how long stop() waits for deliveries in flight (default 30 s) */
  drainMs?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [5_000, 30_000, 120_000];

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

  const retryDelays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const inFlight = new Set<Promise<unknown>>();
  let stopped = false;
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  };

  /** One attempt: the status it was answered with (a non-Response answer counts as 200), or the error. */
  const attempt = async (path: string, rawBody: string): Promise<{ status: number | null; error?: string }> => {
    try {
      const res = await options.deliver(path, rawBody, {
        "Content-Type": "application/json",
        [IN_PROCESS_SIGNATURE_HEADER]: sign(path, rawBody),
      });
      return { status: res instanceof Response ? res.status : 200 };
    } catch (err) {
      return { status: null, error: (err as Error).message };
    }
  };

  const later = (ms: number, fn: () => void) => {
    const timer = setTimeout(() => {
      pending.delete(timer);
      fn();
    }, ms);
    timer.unref?.();
    pending.add(timer);
  };

  const deadLetter = (
    path: string,
    rawBody: string,
    source: string,
    last: { status: number | null; error?: string },
    retried: number,
  ) => {
    const callback: DeadLetterCallback = {
      url: path,
      sourceMessageId: source,
      sourceBody: Buffer.from(rawBody).toString("base64"),
      retried,
      maxRetries: retryDelays.length,
      ...(last.status !== null ? { status: last.status } : {}),
      reason: last.error ?? `answered ${last.status}`,
    };
    const body = JSON.stringify(callback);
    void track(
      attempt(DEAD_LETTER_PATH, body).then((r) => {
        if (r.status === null || r.status >= 300)
          options.logger?.error({
            msg: "scheduler dead letter not recorded",
            source,
            path,
            status: r.status,
            error: r.error,
          });
      }),
    );
  };

  // 2xx: done. 5xx or no answer: retried after retryDelays[n], then a dead letter. 4xx: the endpoint
  // refused the job for good (bad body, bad signature): a dead letter at once.
  const deliver = (path: string, rawBody: string, source: string, retried = 0): Promise<void> =>
    track(
      attempt(path, rawBody).then((r) => {
        if (r.status !== null && r.status < 300) {
          options.logger?.info({ msg: "scheduler delivered", source, path });
          return;
        }
        options.logger?.error({
          msg: "scheduler delivery failed",
          source,
          path,
          status: r.status,
          error: r.error,
          retried,
        });
        if (path === DEAD_LETTER_PATH) return;
        const wait = retryDelays[retried];
        const transient = r.status === null || r.status >= 500;
        if (transient && wait !== undefined && !stopped)
          later(wait, () => void deliver(path, rawBody, source, retried + 1));
        else deadLetter(path, rawBody, source, r, retried);
      }),
    );

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
      later((m.delaySeconds ?? 0) * 1000, () => void deliver(m.destinationPath, rawBody, messageId));
      return { messageId };
    },
    async verifyRequest(req: Request, rawBody: string) {
      const given = req.headers.get(IN_PROCESS_SIGNATURE_HEADER) ?? "";
      const expected = sign(new URL(req.url, "http://localhost").pathname, rawBody);
      return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    },
    async stop() {
      stopped = true;
      for (const entry of schedules.values()) if (entry.timer) clearTimeout(entry.timer);
      for (const timer of pending) clearTimeout(timer);
      schedules.clear();
      pending.clear();
      // Deliveries already running finish before the caller closes the database (bounded).
      if (inFlight.size === 0) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<void>((done) => {
        timer = setTimeout(done, options.drainMs ?? 30_000);
      });
      await Promise.race([Promise.allSettled([...inFlight]).then(() => {}), timeout]);
      clearTimeout(timer);
    },
    nextRuns() {
      return Object.fromEntries([...schedules].map(([id, e]) => [id, e.next?.toISOString() ?? null]));
    },
  };
}
