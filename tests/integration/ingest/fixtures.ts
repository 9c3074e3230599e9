import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HttpClient } from "@vanta/server/ingest/http";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "providers");

export const fixture = (provider: string, file: string): unknown =>
  JSON.parse(readFileSync(join(dir, provider, file), "utf8"));

export const fixtureText = (provider: string, file: string): string => readFileSync(join(dir, provider, file), "utf8");

/** Tiny waits so retry tests stay fast; still real timers and real sockets. */
export const fastHttp = (over: ConstructorParameters<typeof HttpClient>[0] = {}) =>
  new HttpClient({
    timeoutMs: 2_000,
    retries: 2,
    backoffBaseMs: 5,
    backoffMaxMs: 20,
    retryAfterCapMs: 200,
    minIntervalMs: 0,
    ...over,
  });

export const NOW = new Date("2026-03-20T12:00:00Z");
