import { z } from "zod";

// Outcome analytics computed from the application history (seed §3.6, US13.1): pure, so the server,
// the CLI and the tests compute the same numbers from the same rows.

export const FUNNEL = ["tracked", "applied", "screen", "interview", "offer", "won"] as const;
type FunnelStage = (typeof FUNNEL)[number];
const RANK: Record<string, number> = { prospect: 0, applied: 1, screen: 2, interview: 3, offer: 4 };

export interface AnalyticsApplication {
  id: string;
  stage: "prospect" | "applied" | "screen" | "interview" | "offer" | "outcome";
  outcome: "won" | "lost" | "withdrawn" | null;
  createdAt: Date;
  source: string | null;
  score: number | null;
  resumeKind: "base" | "tailored" | null;
  /** stage changes, oldest first */
  moves: { from: string | null; to: string; at: Date }[];
}

export interface ActivityEvent {
  at: Date;
}

const GroupStats = z.object({
  key: z.string(),
  applied: z.number().int(),
  responded: z.number().int(),
  /** responded / applied, 0–1; null when nothing was applied */
  responseRate: z.number().nullable(),
  /** median days from applying to the first response; null without responses */
  medianDaysToResponse: z.number().nullable(),
});

export const AnalyticsSummary = z.object({
  funnel: z.array(
    z.object({
      stage: z.enum(FUNNEL),
      count: z.number().int(),
      /** share of the previous stage's count that reached this one; null for the first stage or an empty previous */
      conversion: z.number().nullable(),
    }),
  ),
  responseRate: z.number().nullable(),
  medianDaysToResponse: z.number().nullable(),
  bySource: z.array(GroupStats),
  byScoreBand: z.array(GroupStats),
  byResumeVersion: z.array(GroupStats),
  /** mean days spent in each stage by applications that left it */
  timeInStage: z.array(z.object({ stage: z.string(), meanDays: z.number().nullable(), samples: z.number().int() })),
  /** ISO week (Monday, YYYY-MM-DD) → events that week */
  activityByWeek: z.array(z.object({ week: z.string(), events: z.number().int() })),
});
export type AnalyticsSummary = z.infer<typeof AnalyticsSummary>;

const DAY = 86_400_000;
const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return round(s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2, 1);
}

/** The furthest funnel stage an application reached (a move back does not undo having been there). */
function reached(a: AnalyticsApplication): Set<FunnelStage> {
  const out = new Set<FunnelStage>(["tracked"]);
  const seen = [a.stage, ...a.moves.map((m) => m.to), ...a.moves.map((m) => m.from ?? "prospect")];
  let best = 0;
  for (const s of seen) best = Math.max(best, RANK[s] ?? 0);
  if (a.outcome === "won") best = Math.max(best, 5);
  const order: FunnelStage[] = ["tracked", "applied", "screen", "interview", "offer", "won"];
  for (let i = 1; i <= best; i++) out.add(order[i] as FunnelStage);
  return out;
}

/** When it was applied (first move into applied or beyond), and when the employer first answered. */
function responseOf(a: AnalyticsApplication): { appliedAt: Date | null; respondedAt: Date | null } {
  let appliedAt: Date | null = null;
  let respondedAt: Date | null = null;
  for (const m of a.moves) {
    const to = RANK[m.to] ?? (m.to === "outcome" ? 5 : 0);
    if (!appliedAt && to >= 1 && to <= 4) appliedAt = m.at;
    // A response: any move past applied (screen, interview, offer) or an outcome after applying (a rejection
    // is an answer too; a withdrawal by the user is not).
    if (appliedAt && !respondedAt && m.at >= appliedAt && m.to !== "applied") {
      if (to >= 2 && to <= 4) respondedAt = m.at;
      if (m.to === "outcome" && a.outcome !== "withdrawn") respondedAt = m.at;
    }
  }
  if (!appliedAt && (RANK[a.stage] ?? 0) >= 1) appliedAt = a.createdAt;
  return { appliedAt, respondedAt };
}

function group(apps: AnalyticsApplication[], keyOf: (a: AnalyticsApplication) => string): z.infer<typeof GroupStats>[] {
  const groups = new Map<string, { applied: number; responded: number; days: number[] }>();
  for (const a of apps) {
    const { appliedAt, respondedAt } = responseOf(a);
    if (!appliedAt) continue;
    const g = groups.get(keyOf(a)) ?? { applied: 0, responded: 0, days: [] };
    g.applied++;
    if (respondedAt) {
      g.responded++;
      g.days.push((respondedAt.getTime() - appliedAt.getTime()) / DAY);
    }
    groups.set(keyOf(a), g);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      applied: g.applied,
      responded: g.responded,
      responseRate: g.applied ? round(g.responded / g.applied) : null,
      medianDaysToResponse: median(g.days),
    }))
    .sort((x, y) => y.applied - x.applied || x.key.localeCompare(y.key));
}

export function scoreBand(score: number | null): string {
  if (score === null) return "unscored";
  if (score >= 70) return "70-100";
  if (score >= 40) return "40-69";
  return "0-39";
}

function mondayOf(d: Date): string {
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

export function computeAnalytics(apps: AnalyticsApplication[], activity: ActivityEvent[]): AnalyticsSummary {
  const counts = new Map<FunnelStage, number>(FUNNEL.map((s) => [s, 0]));
  for (const a of apps) for (const s of reached(a)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const funnel = FUNNEL.map((stage, i) => {
    const count = counts.get(stage) ?? 0;
    const prev = i === 0 ? 0 : (counts.get(FUNNEL[i - 1] as FunnelStage) ?? 0);
    return { stage, count, conversion: i === 0 || prev === 0 ? null : round(count / prev) };
  });

  const all = group(apps, () => "all")[0];
  const stay = new Map<string, number[]>();
  for (const a of apps) {
    let enteredStage = "prospect";
    let enteredAt = a.createdAt;
    for (const m of a.moves) {
      // the creation event sets the first stage; a "move" to the same stage is not a stay
      if (m.from === null || m.to === enteredStage) {
        enteredStage = m.to;
        enteredAt = m.at;
        continue;
      }
      const list = stay.get(enteredStage) ?? [];
      list.push((m.at.getTime() - enteredAt.getTime()) / DAY);
      stay.set(enteredStage, list);
      enteredStage = m.to;
      enteredAt = m.at;
    }
  }
  const timeInStage = ["prospect", "applied", "screen", "interview", "offer"].map((stage) => {
    const xs = stay.get(stage) ?? [];
    return {
      stage,
      meanDays: xs.length ? round(xs.reduce((s, x) => s + x, 0) / xs.length, 1) : null,
      samples: xs.length,
    };
  });

  const weeks = new Map<string, number>();
  for (const e of activity) weeks.set(mondayOf(e.at), (weeks.get(mondayOf(e.at)) ?? 0) + 1);
  const activityByWeek = [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, events]) => ({ week, events }));

  return {
    funnel,
    responseRate: all?.responseRate ?? null,
    medianDaysToResponse: all?.medianDaysToResponse ?? null,
    bySource: group(apps, (a) => a.source ?? "manual"),
    byScoreBand: group(apps, (a) => scoreBand(a.score)),
    byResumeVersion: group(apps, (a) => a.resumeKind ?? "none recorded"),
    timeInStage,
    activityByWeek,
  };
}
