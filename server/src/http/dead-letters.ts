import { recordDeadLetter } from "@vanta/db/queries/dead-letters";
import type { Hono } from "hono";
import { z } from "zod";
import type { AppRuntime } from "../app.ts";
import { DEAD_LETTER_PATH, DeadLetterCallbackSchema } from "../ports/scheduler/types.ts";
import type { AppEnv } from "./env.ts";
import { readSignedJob } from "./signed-job.ts";

// POST /jobs/dead-letter: the scheduler reports a delivery that failed for good (QStash's failure
// callback, or the in-process scheduler after its retries). Signed like every job delivery; the
// row is what /health counts and what an operator replays from.

const JobBody = z.object({ userId: z.uuid() }).loose();

const fromBase64 = (value: string | undefined): string | null => {
  if (!value) return null;
  try {
    return Buffer.from(value, "base64").toString("utf8");
  } catch {
    return null;
  }
};

export function mountDeadLetters(app: Hono<AppEnv>, runtime: AppRuntime): void {
  app.post(DEAD_LETTER_PATH, async (c) => {
    const parsed = await readSignedJob(c, runtime, DeadLetterCallbackSchema);
    if (!parsed.ok) return parsed.response;
    const cb = parsed.data;
    const sourceBody = fromBase64(cb.sourceBody);
    let body: unknown = sourceBody;
    try {
      body = sourceBody === null ? null : JSON.parse(sourceBody);
    } catch {
      // kept as text: the failed delivery's body is recorded whatever it was
    }
    const job = JobBody.safeParse(body);
    // QStash sends the full destination URL, the in-process scheduler the path
    let path = cb.url;
    try {
      path = new URL(cb.url, "http://local").pathname;
    } catch {
      // keep as given
    }
    const answer = fromBase64(cb.body)?.slice(0, 500);
    const row = await recordDeadLetter(runtime.db, {
      userId: job.success ? job.data.userId : null,
      source: runtime.services.scheduler.kind,
      messageId: cb.sourceMessageId ?? null,
      path,
      body,
      status: cb.status ?? null,
      reason: cb.reason ?? (answer ? `answered ${cb.status ?? "?"}: ${answer}` : `answered ${cb.status ?? "nothing"}`),
      attempts: (cb.retried ?? 0) + 1,
    });
    c.get("log")?.error("job dead letter", { path, status: cb.status ?? null, id: row.id });
    return c.json({ id: row.id });
  });
}
