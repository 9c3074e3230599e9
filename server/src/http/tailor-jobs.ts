import type { Hono } from "hono";
import { z } from "zod";
import type { AppRuntime } from "../app.ts";
import { runTailorJob } from "../services/tailor/run-job.ts";
import { PREPARE_APPLICATION_PATH } from "../services/tailor/start.ts";
import type { AppEnv } from "./env.ts";
import { errorBody } from "./errors.ts";

const PrepareJob = z.object({ jobId: z.uuid(), userId: z.uuid() });

/** The "prepare my application" job endpoint: called by the scheduler only (signature checked on the raw body). */
export function mountTailorJobs(app: Hono<AppEnv>, runtime: AppRuntime): void {
  app.post(PREPARE_APPLICATION_PATH, async (c) => {
    const raw = await c.req.text();
    if (!(await runtime.services.scheduler.verifyRequest(c.req.raw, raw)))
      return c.json(errorBody(c, "UNAUTHORIZED", "missing or invalid scheduler signature"), 401);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return c.json(errorBody(c, "BAD_REQUEST", "body is not JSON"), 400);
    }
    const parsed = PrepareJob.safeParse(json);
    if (!parsed.success)
      return c.json(
        errorBody(
          c,
          "BAD_REQUEST",
          parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
        ),
        400,
      );
    const { services } = runtime;
    const summary = await runTailorJob(
      { db: runtime.db, models: services.model, log: c.get("log"), now: () => services.now() },
      parsed.data,
    );
    return c.json(summary);
  });
}
