import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "@vanta/db";
import { postingEnrichments } from "@vanta/db/schema/enrichments";
import { userEvents } from "@vanta/db/schema/observability";
import type { RuntimeOptions } from "@vanta/server/runtime";
import { and, eq, sql } from "drizzle-orm";
import { type ReplayServer, startReplayServer } from "../../support/replay-server.ts";

const dir = join(import.meta.dirname, "..", "..", "fixtures", "providers");
const fixture = (provider: string, file: string): unknown =>
  JSON.parse(readFileSync(join(dir, provider, file), "utf8"));

/**
 * Every provider the daily search can reach, replayed locally: the user's Greenhouse board
 * "vaulttec", the Remotive and RemoteOK feeds, Arbeitnow down (503); the default company boards
 * are not routed, so they answer 404 — no request ever leaves 127.0.0.1.
 */
export function startProviders(): Promise<ReplayServer> {
  return startReplayServer({
    "/gh/vaulttec/jobs": { body: fixture("greenhouse", "board.json") },
    "/remotive": { body: fixture("remotive", "jobs.json") },
    "/remoteok": { body: fixture("remoteok", "api.json") },
    "/arbeitnow": { status: 503 },
  });
}

export function dailySearchDeps(baseUrl: string): NonNullable<RuntimeOptions["dailySearch"]> {
  return {
    env: {},
    baseUrls: {
      greenhouse: `${baseUrl}/gh`,
      lever: `${baseUrl}/lever`,
      ashby: `${baseUrl}/ashby`,
      remotive: `${baseUrl}/remotive`,
      remoteok: `${baseUrl}/remoteok`,
      arbeitnow: `${baseUrl}/arbeitnow`,
    },
    http: { retries: 0, minIntervalMs: 0, timeoutMs: 5_000, backoffBaseMs: 1, backoffMaxMs: 5 },
  };
}

/** The user's daily-search "search_run" events (not the feed's own refresh events). */
export async function dailyRuns(db: Database, userId: string) {
  return db
    .select({ id: userEvents.id, props: userEvents.props })
    .from(userEvents)
    .where(
      and(
        eq(userEvents.userId, userId),
        eq(userEvents.type, "search_run"),
        sql`${userEvents.props} ->> 'kind' = 'daily_search'`,
      ),
    );
}

export async function enrichmentCount(db: Database, userId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(postingEnrichments)
    .where(eq(postingEnrichments.userId, userId));
  return rows[0]?.n ?? 0;
}

export const SEARCH = {
  name: "Rails and security",
  keywords: ["rails"],
  boards: [{ provider: "greenhouse", board: "vaulttec" }],
};
