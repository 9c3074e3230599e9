import { countDeadLetters } from "@vanta/db/queries/dead-letters";
import { sql } from "drizzle-orm";
import type { Hono } from "hono";
import type { AppRuntime } from "../app.ts";
import type { AppEnv } from "./env.ts";

const DB_CHECK_TIMEOUT_MS = 2000;

/** GET /health: 200 when the database answers, 503 otherwise; lists which adapters are active and counts dead letters. */
export function mountHealth(app: Hono<AppEnv>, runtime: AppRuntime): void {
  app.get("/health", async (c) => {
    const dbOk = await pingDb(runtime);
    // deliveries the scheduler gave up on (null when the database cannot say)
    const deadLetters = dbOk ? await countDeadLetters(runtime.db).catch(() => null) : null;
    const body = {
      status: dbOk ? "ok" : "unavailable",
      version: runtime.version,
      db: runtime.dbDriver,
      dbReachable: dbOk,
      adapters: runtime.adapters,
      deadLetters,
    };
    c.header("Cache-Control", "no-store");
    return c.json(body, dbOk ? 200 : 503);
  });
}

async function pingDb(runtime: AppRuntime): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), DB_CHECK_TIMEOUT_MS);
  });
  try {
    const ping = runtime.db.execute(sql`select 1`).then(
      () => true,
      (err: unknown) => {
        runtime.log.warn("health: database ping failed", { err });
        return false;
      },
    );
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
