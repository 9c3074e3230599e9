import type { Hono } from "hono";
import { z } from "zod";
import type { AppRuntime } from "../app.ts";
import { runCoach } from "../services/coach/run.ts";
import { runDailySearch } from "../services/daily-search/run.ts";
import { DAILY_SEARCH_PATH } from "../services/daily-search/schedule.ts";
import { sendDigest } from "../services/digest/send.ts";
import { mountDeadLetters } from "./dead-letters.ts";
import type { AppEnv } from "./env.ts";
import { readSignedJob } from "./signed-job.ts";
import { mountTailorJobs } from "./tailor-jobs.ts";

const DailySearchJob = z.object({ userId: z.uuid(), searchId: z.uuid().optional() });

/**
 * Job endpoints, called by the scheduler only: QStash (Upstash-Signature) or the in-process
 * scheduler (its HMAC header), both checked by the scheduler port on the raw body.
 */
export function mountJobs(app: Hono<AppEnv>, runtime: AppRuntime): void {
  mountTailorJobs(app, runtime);
  mountDeadLetters(app, runtime);
  app.post(DAILY_SEARCH_PATH, async (c) => {
    const parsed = await readSignedJob(c, runtime, DailySearchJob);
    if (!parsed.ok) return parsed.response;
    const { services } = runtime;
    const log = c.get("log");
    const now = () => services.now();
    const digest = (userId: string) =>
      sendDigest(
        {
          db: runtime.db,
          email: services.email,
          publicUrl: services.publicUrl,
          secret: services.digestSecret,
          log,
          now,
        },
        { userId },
      );
    const coach = (userId: string, date: string) =>
      runCoach({ db: runtime.db, models: services.model, log, now }, userId, { date });
    const summary = await runDailySearch(
      { db: runtime.db, log, ...services.dailySearch, now, digest, coach },
      parsed.data,
    );
    return c.json(summary);
  });
}
