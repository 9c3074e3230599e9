import type { Hono } from "hono";
import { z } from "zod";
import type { AppRuntime } from "../app.ts";
import { runTailorJob } from "../services/tailor/run-job.ts";
import { PREPARE_APPLICATION_PATH } from "../services/tailor/start.ts";
import type { AppEnv } from "./env.ts";
import { readSignedJob } from "./signed-job.ts";

const PrepareJob = z.object({ jobId: z.uuid(), userId: z.uuid() });

/** The "prepare my application" job endpoint: called by the scheduler only (signature checked on the raw body). */
export function mountTailorJobs(app: Hono<AppEnv>, runtime: AppRuntime): void {
  app.post(PREPARE_APPLICATION_PATH, async (c) => {
    const parsed = await readSignedJob(c, runtime, PrepareJob);
    if (!parsed.ok) return parsed.response;
    const { services } = runtime;
    const summary = await runTailorJob(
      { db: runtime.db, models: services.model, log: c.get("log"), now: () => services.now() },
      parsed.data,
    );
    return c.json(summary);
  });
}
