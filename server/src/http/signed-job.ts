import type { Context } from "hono";
import type { z } from "zod";
import type { AppRuntime } from "../app.ts";
import type { AppEnv } from "./env.ts";
import { errorBody } from "./errors.ts";

/**
 * The body of a scheduler delivery: the signature is checked on the raw body first (QStash's
 * Upstash-Signature or the in-process HMAC header, by the scheduler port), then the JSON is parsed
 * and validated. Anything wrong answers 401/400 with the error model, never a 500.
 */
export async function readSignedJob<S extends z.ZodType>(
  c: Context<AppEnv>,
  runtime: Pick<AppRuntime, "services">,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: Response }> {
  const raw = await c.req.text();
  if (!(await runtime.services.scheduler.verifyRequest(c.req.raw, raw)))
    return { ok: false, response: c.json(errorBody(c, "UNAUTHORIZED", "missing or invalid scheduler signature"), 401) };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, response: c.json(errorBody(c, "BAD_REQUEST", "body is not JSON"), 400) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    return { ok: false, response: c.json(errorBody(c, "BAD_REQUEST", message), 400) };
  }
  return { ok: true, data: parsed.data };
}
