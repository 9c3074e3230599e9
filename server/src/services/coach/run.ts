import type { Database } from "@vanta/db";
import { getPostingSkills, listCoachSources } from "@vanta/db/queries/coach";
import { insertNotification } from "@vanta/db/queries/digest";

import { ensureProfile } from "@vanta/db/queries/profiles";
import { insertCoachTasks, taskKeysExisting } from "@vanta/db/queries/tasks";
import { type CoachApplication, CoachSettings, coachTasks, daysBetween } from "@vanta/shared/coach/rules";
import { type CoachFacts, coachAgent } from "../../agents/coach/agent.ts";
import "../../agents/coach/offline.ts";
import { runAgent } from "../../agents/runner.ts";
import type { Logger } from "../../log.ts";
import type { ModelPort } from "../../ports/model/types.ts";
import { instantOfLocalDay, localDay } from "./local-day.ts";
import { acceptReason } from "./reasons.ts";

export interface CoachDeps {
  db: Database;
  models: ModelPort;
  log: Logger;
  now?: () => Date;
}

export interface CoachRunSummary {
  localDay: string;
  created: { id: string; title: string; detail: string | null; dueAt: string; applicationId: string | null }[];
  existing: number;
  modelRunId: string | null;
}

/**
 * The coach for one user and local day: the rules pick the tasks (coach/rules.ts), the Coach agent writes a
 * reason for each new one, and each rule key is stored once, so a second run the same day creates nothing.
 */
export async function runCoach(
  deps: CoachDeps,
  userId: string,
  opts: { date?: string } = {},
): Promise<CoachRunSummary> {
  const now = deps.now ? deps.now() : new Date();
  const profile = await ensureProfile(deps.db, userId);
  const tz = profile.timezone;
  const today = opts.date ?? localDay(tz, now);
  const settings = CoachSettings.parse((profile.preferences as { coach?: unknown }).coach ?? {});
  const sources = await listCoachSources(deps.db, userId);
  const apps: CoachApplication[] = sources.map((s) => {
    const upcoming = s.scheduled
      .map((iso) => new Date(iso))
      .filter((d) => !Number.isNaN(d.getTime()))
      .map((d) => localDay(tz, d))
      .filter((d) => d >= today)
      .sort();
    return {
      id: s.id,
      company: s.company,
      role: s.role,
      stage: s.stage,
      lastEventDay: localDay(tz, s.lastEventAt ?? s.stageChangedAt),
      stageDay: localDay(tz, s.stageChangedAt),
      nextEventDay: upcoming[0] ?? null,
    };
  });
  const drafts = coachTasks(apps, today, settings);
  const existingKeys = await taskKeysExisting(
    deps.db,
    userId,
    drafts.map((d) => d.key),
  );
  const fresh = drafts.filter((d) => !existingKeys.has(d.key));
  if (fresh.length === 0) return { localDay: today, created: [], existing: existingKeys.size, modelRunId: null };

  const byId = new Map(apps.map((a) => [a.id, a]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const skills = await getPostingSkills(
    deps.db,
    sources.map((s) => s.postingId).filter((id): id is string => id !== null),
  );
  const facts: CoachFacts[] = fresh.map((d) => {
    const a = byId.get(d.applicationId);
    const s = sourceById.get(d.applicationId);
    if (!a || !s) throw new Error("coach draft for an unknown application");
    return {
      key: d.key,
      title: d.title,
      rule: d.rule,
      company: a.company,
      role: a.role,
      stage: a.stage,
      history: [
        `tracked on ${localDay(tz, s.createdAt)}`,
        `in ${a.stage} since ${a.stageDay}`,
        `last activity on ${a.lastEventDay}`,
      ],
      postingSkills: s.postingId ? (skills.get(s.postingId) ?? []).slice(0, 5) : [],
      daysSilent: daysBetween(a.lastEventDay, today),
      nextEventDay: a.nextEventDay,
    };
  });

  let reasons = new Map<string, string>();
  let modelRunId: string | null = null;
  try {
    const run = await runAgent(
      { models: deps.models, db: deps.db, logger: deps.log },
      coachAgent(facts),
      JSON.stringify({ today, tasks: facts.length }),
      { userId, purpose: "coach.suggest_tasks" },
    );
    modelRunId = run.modelRunId;
    reasons = new Map(run.output.tasks.map((t) => [t.key, t.reason]));
  } catch (err) {
    // The tasks are due whatever the model does: fall back to reasons built from the facts.
    deps.log.error("coach agent failed; using facts-only reasons", { err, user_id: userId });
  }

  const rows = await insertCoachTasks(
    deps.db,
    userId,
    fresh.map((d) => {
      const f = facts.find((x) => x.key === d.key) as CoachFacts;
      return {
        applicationId: d.applicationId,
        dedupeKey: d.key,
        title: d.title,
        detail: acceptReason(f, reasons.get(d.key)).reason,
        priority: d.priority,
        dueAt: instantOfLocalDay(tz, d.dueDay),
        tags: [`coach:${d.rule}`],
      };
    }),
  );
  for (const r of rows) {
    if (r.dueAt && r.dueAt.getTime() <= instantOfLocalDay(tz, today, 23).getTime()) {
      await insertNotification(deps.db, {
        userId,
        kind: "task",
        title: r.title,
        body: r.detail,
        data: { taskId: r.id, applicationId: r.applicationId, dueAt: r.dueAt.toISOString() },
      });
    }
  }
  return {
    localDay: today,
    created: rows.map((r) => ({
      id: r.id,
      title: r.title,
      detail: r.detail,
      dueAt: (r.dueAt ?? now).toISOString(),
      applicationId: r.applicationId,
    })),
    existing: existingKeys.size + (fresh.length - rows.length),
    modelRunId,
  };
}
