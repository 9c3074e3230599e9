import type { Executor } from "@vanta/db";
import { listActivity, listAnalyticsApplications, listStageMoves } from "@vanta/db/queries/analytics";
import { type AnalyticsApplication, type AnalyticsSummary, computeAnalytics } from "@vanta/shared/analytics/compute";

const WEEKS = 26;

/** The user's outcome analytics: funnel, response rates by source / fit band / resume version, stage times, activity. */
export async function analyticsFor(db: Executor, userId: string, now: Date): Promise<AnalyticsSummary> {
  const since = new Date(now.getTime() - WEEKS * 7 * 86_400_000);
  const [apps, moves, activity] = await Promise.all([
    listAnalyticsApplications(db, userId),
    listStageMoves(db, userId),
    listActivity(db, userId, since),
  ]);
  const byApp = new Map<string, AnalyticsApplication["moves"]>();
  for (const m of moves) {
    if (!m.to) continue;
    const list = byApp.get(m.applicationId) ?? [];
    list.push({ from: m.from, to: m.to, at: m.at });
    byApp.set(m.applicationId, list);
  }
  return computeAnalytics(
    apps.map((a) => ({ ...a, moves: byApp.get(a.id) ?? [] })),
    activity.map((at) => ({ at })),
  );
}
